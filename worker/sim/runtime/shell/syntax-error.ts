/** Shell syntax errors: a typed result for learner text, thrown only inside the parser. */
import type { Pos } from "./ast.ts";

/** The closed list of reasons a script does not parse. */
export type SyntaxErrorCode =
  | "UnexpectedToken"
  | "UnexpectedEnd"
  | "UnterminatedQuote"
  | "BadSubstitution"
  | "Unsupported"
  | "TooDeep"
  | "TooLong";

/** What went wrong and where; `detail` is the offending token or the expected keyword. */
export interface SyntaxProblem {
  code: SyntaxErrorCode;
  detail: string;
  expecting: string | undefined;
  pos: Pos;
}

/** Carries a SyntaxProblem out of the recursive parser; parseScript turns it into a result. */
export class ShellSyntaxError extends Error {
  override readonly name = "ShellSyntaxError";
  readonly code: SyntaxErrorCode;
  readonly problem: SyntaxProblem;

  constructor(problem: SyntaxProblem) {
    super(`${problem.code}: ${problem.detail}`);
    this.code = problem.code;
    this.problem = problem;
  }
}

/** Builds and throws a ShellSyntaxError. */
export function failSyntax(
  code: SyntaxErrorCode,
  detail: string,
  pos: Pos,
  expecting?: string,
): never {
  throw new ShellSyntaxError({ code, detail, expecting, pos });
}

/**
 * The message a shell prints for a syntax error. busybox ash and dash word it differently
 * (ash: `syntax error: unexpected "fi"`; dash: `Syntax error: "fi" unexpected`, after
 * the `sh: LINE: ` prefix its error lines carry).
 */
export function formatSyntaxError(problem: SyntaxProblem, flavor: "busybox" | "dash"): string {
  const expecting = problem.expecting === undefined ? "" : ` (expecting "${problem.expecting}")`;
  if (flavor === "dash") return `${dashText(problem)}${expecting}`;
  return `${ashText(problem)}${expecting}`;
}

function ashText(problem: SyntaxProblem): string {
  switch (problem.code) {
    case "UnexpectedToken":
      return `syntax error: unexpected "${problem.detail}"`;
    case "UnexpectedEnd":
      return "syntax error: unexpected end of file";
    case "UnterminatedQuote":
      return "syntax error: unterminated quoted string";
    case "BadSubstitution":
      return "syntax error: bad substitution";
    default:
      return `syntax error: ${problem.detail}`;
  }
}

function dashText(problem: SyntaxProblem): string {
  switch (problem.code) {
    case "UnexpectedToken":
      return `Syntax error: "${problem.detail}" unexpected`;
    case "UnexpectedEnd":
      return "Syntax error: end of file unexpected";
    case "UnterminatedQuote":
      return "Syntax error: Unterminated quoted string";
    case "BadSubstitution":
      return "Syntax error: Bad substitution";
    default:
      return `Syntax error: ${problem.detail}`;
  }
}

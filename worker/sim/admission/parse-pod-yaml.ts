// Turns learner text into one plain JSON-like object, keeping the YAML document so later steps
// can point at lines and columns. Learner text is hostile: size, alias and nesting limits apply
// before anything is built. Decoded as YAML 1.1, as kubectl (sigs.k8s.io/yaml, go-yaml v2) does:
// `yes` is a boolean and `0400` is octal. A key written twice in one mapping is not a YAML error
// here: the last value is kept and the repeat is listed, for the API server's field validation.
import { type Document, LineCounter, parseAllDocuments } from "yaml";
import { type DuplicateKey, findDuplicateKeys } from "./duplicate-keys.ts";
import { missingSpaceHint, tabIndentHint } from "./learner-hints.ts";
import { type Problem, problem } from "./problem.ts";

/** Limits on learner YAML. */
export interface YamlLimits {
  maxBytes: number;
  /** How many alias expansions one document may make (the billion-laughs guard). */
  maxAliasCount: number;
}

export const defaultYamlLimits: YamlLimits = { maxBytes: 128 * 1024, maxAliasCount: 100 };

/** Flow collections (`[`, `{`) nested deeper than this are refused before parsing. */
const maxFlowDepth = 64;

export type ParsedYaml =
  | { ok: true; value: unknown; document: Document; lineCounter: LineCounter; duplicates: DuplicateKey[] }
  | { ok: false; errors: Problem[] };

/** Parses one YAML document from learner text, or says in Problems why it cannot. Pure. */
export function parsePodYaml(text: string, limits: YamlLimits = defaultYamlLimits): ParsedYaml {
  const refusal = refuseBeforeParsing(text, limits);
  if (refusal) return { ok: false, errors: [refusal] };

  const lineCounter = new LineCounter();
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { lineCounter, version: "1.1", prettyErrors: false, uniqueKeys: false }) as Document.Parsed[];
  } catch (error) {
    return { ok: false, errors: [tooComplex(error)] };
  }
  const nonEmpty = documents.filter((doc) => doc.contents !== null || doc.errors.length > 0);
  if (nonEmpty.length === 0) {
    return { ok: false, errors: [problem("EmptyDocument", "", "The YAML is empty: write one Pod.", null)] };
  }
  if (nonEmpty.length > 1) {
    const second = nonEmpty[1]!;
    const at = lineCounter.linePos(second.range[0]);
    const message = `Found ${nonEmpty.length} YAML documents; submit exactly one Pod, without other documents after "---".`;
    return { ok: false, errors: [problem("MultipleDocuments", "", message, { line: at.line, column: at.col })] };
  }

  const document = nonEmpty[0]!;
  // go-yaml, which kubectl uses, stops at its first error, so one is reported.
  const firstError = document.errors[0];
  if (firstError) return { ok: false, errors: [syntaxProblem(firstError, text, lineCounter)] };
  try {
    const value = document.toJS({ maxAliasCount: limits.maxAliasCount });
    return { ok: true, value, document, lineCounter, duplicates: findDuplicateKeys(document, lineCounter) };
  } catch (error) {
    return { ok: false, errors: [tooComplex(error)] };
  }
}

function refuseBeforeParsing(text: string, limits: YamlLimits): Problem | null {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > limits.maxBytes) {
    const message = `The YAML is ${bytes} bytes; the limit is ${limits.maxBytes} bytes. A Pod manifest is rarely over a few kilobytes.`;
    return problem("TooLarge", "", message, null);
  }
  // NUL, other C0 controls but tab/newline/carriage return, and U+FFFD from undecodable bytes.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const junk = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.exec(text);
  if (junk) {
    const before = text.slice(0, junk.index).split("\n");
    const at = { line: before.length, column: before[before.length - 1]!.length + 1 };
    return problem("NotText", "", "The text contains binary data or control characters; a Pod manifest is plain YAML text.", at);
  }
  if (flowDepth(text) > maxFlowDepth) {
    return problem("TooLarge", "", `The YAML nests [ ] or { } more than ${maxFlowDepth} levels deep; a Pod manifest never does.`, null);
  }
  return null;
}

/** The deepest nesting of flow brackets, ignoring quoting: an upper bound is all that is needed. */
function flowDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === "[" || char === "{") deepest = Math.max(deepest, ++depth);
    else if ((char === "]" || char === "}") && depth > 0) depth--;
  }
  return deepest;
}

interface YamlError {
  code: string;
  message: string;
  linePos?: [{ line: number; col: number }, ...unknown[]];
  pos: [number, number];
}

/**
 * kubectl's text for a YAML error (`error converting YAML to JSON: yaml: line N: PROBLEM`), with
 * go-yaml's wording for the problems learners meet. go-yaml notices a key line without ": " on
 * the line after it (kubelet-semantics.md §2.9.6), so that message names the next line, while
 * line/column point at the key line itself.
 */
function syntaxProblem(error: YamlError, text: string, lineCounter: LineCounter): Problem {
  const start = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
  const written = text.split("\n")[start.line - 1] ?? "";
  const { problem: words, lineOffset, hint } = goYamlProblem(error, written);
  const message = `error converting YAML to JSON: yaml: line ${start.line + lineOffset}: ${words}`;
  return problem("InvalidYAML", "", message, { line: start.line, column: start.col }, hint);
}

function goYamlProblem(error: YamlError, written: string): { problem: string; lineOffset: number; hint?: string } {
  switch (error.code) {
    case "MULTILINE_IMPLICIT_KEY":
    case "MISSING_CHAR":
      return { problem: "could not find expected ':'", lineOffset: 1, hint: missingSpaceHint(written) };
    case "TAB_AS_INDENT":
      return { problem: "found character that cannot start any token", lineOffset: 0, hint: tabIndentHint };
    case "BLOCK_AS_IMPLICIT_KEY":
      return { problem: "mapping values are not allowed in this context", lineOffset: 0 };
    case "BAD_INDENT":
      return { problem: /Flow/.test(error.message) ? "did not find expected ',' or ']'" : "did not find expected key", lineOffset: 0 };
    default:
      return { problem: error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""), lineOffset: 0 };
  }
}

/** Alias bombs and absurd nesting surface as exceptions inside the yaml package. */
function tooComplex(error: unknown): Problem {
  if (error instanceof RangeError) {
    return problem("TooLarge", "", "The YAML is nested too deeply to be a Pod manifest.", null);
  }
  if (error instanceof ReferenceError && /alias/i.test(error.message)) {
    return problem("TooLarge", "", "The YAML expands too many aliases (*name); write the values out instead.", null);
  }
  throw error;
}

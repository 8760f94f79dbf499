/**
 * POSIX sh parser: recursive descent over the state-machine lexer (lexer.ts), bounded in input
 * size and nesting depth so hostile text yields a SyntaxProblem, never a JS stack overflow.
 *
 * Decision (issue 3): we wrote our own parser rather than use just-bash 3.4.2. Measured here:
 * just-bash parses the four lesson scripts in ~12 µs each, but its parser cannot be imported alone
 * (the package exports only its whole bundle: ~95 ms to import, and it imports node:fs, node:dns
 * and node:module, which worker/sim must not load), and its AST has line numbers on commands only,
 * where we need line and column on every token. This parser takes ~2-4 µs per lesson script and
 * parseScriptCached skips even that for repeated probe commands.
 */
import type {
  AndOr, Assignment, CaseCommand, Command, ForCommand, IfCommand, LoopCommand, Pipeline, Pos,
  Redirect, RedirectOp, Script, SimpleCommand, Word,
} from "./ast.ts";
import { Cursor } from "./cursor.ts";
import { Lexer, type Operator, type Token } from "./lexer.ts";
import { ShellSyntaxError, type SyntaxProblem, failSyntax } from "./syntax-error.ts";

/** Longest script accepted, in characters. */
export const maxScriptLength = 64 * 1024;
const maxDepth = 48;

/** A parse result: the script, or the first syntax problem. */
export type ParseResult = { ok: true; script: Script } | { ok: false; problem: SyntaxProblem };

const redirectOps = new Set<Operator>([">", ">>", ">|", "<", "<>", ">&", "<&", "&>", "<<", "<<-"]);
const listEnders = new Set(["then", "else", "elif", "fi", "do", "done", "esac", "}"]);
const unsupportedWords = new Set(["function", "select", "[[", "coproc"]);

/** Parses a whole script. Pure; never throws for any input string. */
export function parseScript(text: string): ParseResult {
  if (text.length > maxScriptLength) {
    return { ok: false, problem: { code: "TooLong", detail: `script longer than ${maxScriptLength} characters`, expecting: undefined, pos: { line: 1, column: 1 } } };
  }
  try {
    const parser = new Parser(new Cursor(text), 0);
    return { ok: true, script: parser.parseProgram() };
  } catch (caught) {
    if (caught instanceof ShellSyntaxError) return { ok: false, problem: caught.problem };
    throw caught;
  }
}

const cache = new Map<string, ParseResult>();
const maxCached = 1024;

/** parseScript with a bounded cache keyed by the exact text (probes repeat one command). */
export function parseScriptCached(text: string): ParseResult {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const result = parseScript(text);
  if (cache.size >= maxCached) cache.delete(cache.keys().next().value!);
  cache.set(text, result);
  return result;
}

class Parser {
  private readonly lexer: Lexer;
  private readonly depth: number;
  private ahead: Token | undefined;

  constructor(cur: Cursor, depth: number) {
    if (depth > maxDepth) failSyntax("TooDeep", "commands nested too deeply", cur.pos());
    this.depth = depth;
    this.lexer = new Lexer(cur, (inner, isParen) => this.nested(inner, isParen), depth);
  }

  parseProgram(): Script {
    const script = this.list(this.depth);
    const end = this.peek();
    if (end.kind !== "eof") failSyntax("UnexpectedToken", tokenText(end), end.pos);
    return script;
  }

  private nested(cur: Cursor, isParen: boolean): Script {
    const inner = new Parser(cur, this.depth + 1);
    const script = inner.list(this.depth + 1);
    const end = inner.take();
    if (isParen && !(end.kind === "op" && end.op === ")")) failEnd(end, ")");
    if (!isParen && end.kind !== "eof") failSyntax("UnexpectedToken", tokenText(end), end.pos);
    return script;
  }

  private peek(): Token {
    this.ahead ??= this.lexer.next();
    return this.ahead;
  }

  private take(): Token {
    const token = this.peek();
    this.ahead = undefined;
    return token;
  }

  private skipNewlines(): void {
    while (this.peek().kind === "newline") this.take();
  }

  /** A compound list: and-or lists separated by `;`, `&` or newlines, up to a terminator. */
  private list(depth: number): Script {
    if (depth > maxDepth) failSyntax("TooDeep", "commands nested too deeply", this.peek().pos);
    const items: AndOr[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isListEnd()) break;
      const item = this.andOr(depth);
      items.push(item);
      const sep = this.peek();
      if (sep.kind === "op" && (sep.op === ";" || sep.op === "&")) {
        this.take();
        item.isBackground = sep.op === "&";
      } else if (sep.kind !== "newline") break;
    }
    if (this.peek().kind === "eof" && this.lexer.hasPendingHeredocs) failSyntax("UnexpectedEnd", "", this.peek().pos);
    return { items };
  }

  private isListEnd(): boolean {
    const token = this.peek();
    if (token.kind === "eof") return true;
    if (token.kind === "op") return token.op === ")" || token.op === ";;";
    return token.kind === "word" && listEnders.has(keyword(token.word));
  }

  private andOr(depth: number): AndOr {
    const first = this.pipeline(depth);
    const rest: AndOr["rest"] = [];
    for (;;) {
      const token = this.peek();
      if (token.kind !== "op" || (token.op !== "&&" && token.op !== "||")) break;
      this.take();
      this.skipNewlines();
      rest.push({ op: token.op, pipeline: this.pipeline(depth) });
    }
    return { first, rest, isBackground: false };
  }

  private pipeline(depth: number): Pipeline {
    let isNegated = false;
    const bang = this.peek();
    if (bang.kind === "word" && keyword(bang.word) === "!") {
      this.take();
      isNegated = true;
    }
    const commands = [this.command(depth)];
    for (;;) {
      const token = this.peek();
      if (token.kind !== "op" || token.op !== "|") break;
      this.take();
      this.skipNewlines();
      commands.push(this.command(depth));
    }
    return { isNegated, commands };
  }

  private command(depth: number): Command {
    const token = this.peek();
    if (token.kind === "op" && token.op === "(") {
      this.take();
      const body = this.list(depth + 1);
      this.expectOp(")");
      return { kind: "group", isSubshell: true, body, redirects: this.redirects(), pos: token.pos };
    }
    if (token.kind !== "word") {
      if (token.kind === "io" || (token.kind === "op" && redirectOps.has(token.op))) return this.simple();
      return failEnd(token, undefined);
    }
    const word = keyword(token.word);
    if (unsupportedWords.has(word)) failSyntax("Unsupported", `"${word}" is not POSIX sh; write it without bash syntax`, token.pos);
    switch (word) {
      case "if":
        return this.ifCommand(depth);
      case "while":
      case "until":
        return this.loop(depth, word === "until");
      case "for":
        return this.forCommand(depth);
      case "case":
        return this.caseCommand(depth);
      case "{":
        return this.braceGroup(depth);
      default:
        return this.simple();
    }
  }

  private braceGroup(depth: number): Command {
    const pos = this.take().pos;
    const body = this.list(depth + 1);
    this.expectWord("}");
    return { kind: "group", isSubshell: false, body, redirects: this.redirects(), pos };
  }

  private ifCommand(depth: number): IfCommand {
    const pos = this.take().pos;
    const branches: IfCommand["branches"] = [];
    let otherwise: Script | undefined;
    for (;;) {
      const condition = this.list(depth + 1);
      this.expectWord("then");
      const body = this.list(depth + 1);
      branches.push({ condition, body });
      const next = this.expectWord("fi", "elif", "else");
      if (next === "elif") continue;
      if (next === "else") {
        otherwise = this.list(depth + 1);
        this.expectWord("fi");
      }
      break;
    }
    return { kind: "if", branches, otherwise, redirects: this.redirects(), pos };
  }

  private loop(depth: number, isUntil: boolean): LoopCommand {
    const pos = this.take().pos;
    const condition = this.list(depth + 1);
    this.expectWord("do");
    const body = this.list(depth + 1);
    this.expectWord("done");
    return { kind: "loop", isUntil, condition, body, redirects: this.redirects(), pos };
  }

  private forCommand(depth: number): ForCommand {
    const pos = this.take().pos;
    const nameToken = this.take();
    if (nameToken.kind !== "word" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(nameToken.word.raw)) {
      return failEnd(nameToken, undefined);
    }
    this.skipNewlines();
    let items: Word[] | undefined;
    const next = this.peek();
    if (next.kind === "word" && keyword(next.word) === "in") {
      this.take();
      items = [];
      for (let token = this.peek(); token.kind === "word"; token = this.peek()) items.push(this.takeWord());
      const sep = this.peek();
      if (sep.kind === "op" && sep.op === ";") this.take();
    } else if (next.kind === "op" && next.op === ";") this.take();
    this.skipNewlines();
    this.expectWord("do");
    const body = this.list(depth + 1);
    this.expectWord("done");
    return { kind: "for", name: nameToken.word.raw, items, body, redirects: this.redirects(), pos };
  }

  private caseCommand(depth: number): CaseCommand {
    const pos = this.take().pos;
    const subjectToken = this.take();
    if (subjectToken.kind !== "word") return failEnd(subjectToken, undefined);
    this.skipNewlines();
    this.expectWord("in");
    const arms: CaseCommand["arms"] = [];
    for (;;) {
      this.skipNewlines();
      const token = this.peek();
      if (token.kind === "word" && keyword(token.word) === "esac") break;
      if (token.kind === "op" && token.op === "(") this.take();
      const patterns = [this.takeWord()];
      for (let sep = this.take(); !(sep.kind === "op" && sep.op === ")"); sep = this.take()) {
        if (!(sep.kind === "op" && sep.op === "|")) failEnd(sep, ")");
        patterns.push(this.takeWord());
      }
      const body = this.list(depth + 1);
      arms.push({ patterns, body });
      const end = this.peek();
      if (end.kind === "op" && end.op === ";;") this.take();
      else if (!(end.kind === "word" && keyword(end.word) === "esac")) failEnd(end, ";;");
    }
    this.take();
    return { kind: "case", subject: subjectToken.word, arms, redirects: this.redirects(), pos };
  }

  private simple(): Command {
    const pos = this.peek().pos;
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const token = this.peek();
      if (token.kind === "io" || (token.kind === "op" && redirectOps.has(token.op))) {
        redirects.push(this.redirect());
        continue;
      }
      if (token.kind === "op" && token.op === "(" && words.length === 1 && assignments.length === 0) {
        return this.functionDef(words[0]!, pos);
      }
      if (token.kind !== "word") break;
      this.take();
      const assignment = words.length === 0 ? asAssignment(token.word) : undefined;
      if (assignment !== undefined) assignments.push(assignment);
      else words.push(token.word);
    }
    if (words.length === 0 && assignments.length === 0 && redirects.length === 0) return failEnd(this.peek(), undefined);
    const command: SimpleCommand = { kind: "simple", assignments, words, redirects, pos };
    return command;
  }

  private functionDef(nameWord: Word, pos: Pos): Command {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(nameWord.raw)) failSyntax("UnexpectedToken", "(", pos);
    this.take();
    this.expectOp(")");
    this.skipNewlines();
    const body = this.command(this.depth + 1);
    if (body.kind === "simple" || body.kind === "function") failSyntax("UnexpectedToken", "function body", body.pos, "{");
    return { kind: "function", name: nameWord.raw, body, pos };
  }

  private redirects(): Redirect[] {
    const out: Redirect[] = [];
    for (let token = this.peek(); token.kind === "io" || (token.kind === "op" && redirectOps.has(token.op)); token = this.peek()) {
      out.push(this.redirect());
    }
    return out;
  }

  private redirect(): Redirect {
    const first = this.take();
    const fd = first.kind === "io" ? first.fd : -1;
    const opToken = first.kind === "io" ? this.take() : first;
    if (opToken.kind !== "op" || !redirectOps.has(opToken.op)) return failEnd(opToken, undefined);
    const op = opToken.op as RedirectOp;
    const target = this.takeWord();
    if (op === "<<" || op === "<<-") return this.heredoc(op, target, first.pos);
    const defaultFd = op.startsWith("<") ? 0 : 1;
    return { fd: fd < 0 ? defaultFd : fd, op, target, pos: first.pos };
  }

  private heredoc(op: RedirectOp, delimiterWord: Word, pos: Pos): Redirect {
    const isQuoted = delimiterWord.parts.some((part) => part.kind !== "literal");
    const delimiter = delimiterWord.parts.map((part) => ("text" in part ? part.text : "")).join("");
    const body: Word = { parts: [], raw: "", pos };
    this.lexer.expectHeredoc({ delimiter, isQuoted, isTabStripped: op === "<<-", body });
    return { fd: 0, op, target: body, pos };
  }

  private takeWord(): Word {
    const token = this.take();
    if (token.kind !== "word") return failEnd(token, undefined);
    return token.word;
  }

  private expectOp(op: Operator): void {
    const token = this.take();
    if (!(token.kind === "op" && token.op === op)) failEnd(token, op);
  }

  private expectWord(...allowed: string[]): string {
    this.skipNewlines();
    const token = this.take();
    const word = token.kind === "word" ? keyword(token.word) : "";
    if (!allowed.includes(word)) failEnd(token, allowed[0]);
    return word;
  }
}

function failEnd(token: Token, expecting: string | undefined): never {
  if (token.kind === "eof") failSyntax("UnexpectedEnd", "", token.pos, expecting);
  return failSyntax("UnexpectedToken", tokenText(token), token.pos, expecting);
}

function tokenText(token: Token): string {
  switch (token.kind) {
    case "word":
      return token.word.raw;
    case "op":
      return token.op;
    case "io":
      return String(token.fd);
    case "newline":
      return "newline";
    case "eof":
      return "end of file";
  }
}

/** The keyword a word spells, if it is one unquoted literal; otherwise "". */
function keyword(word: Word): string {
  const only = word.parts.length === 1 ? word.parts[0]! : undefined;
  return only?.kind === "literal" ? only.text : "";
}

function asAssignment(word: Word): Assignment | undefined {
  const first = word.parts[0];
  if (first?.kind !== "literal") return undefined;
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
  if (match === null) return undefined;
  const restText = first.text.slice(match[0].length);
  const parts = restText === "" ? word.parts.slice(1) : [{ kind: "literal" as const, text: restText }, ...word.parts.slice(1)];
  return { name: match[1]!, value: { parts, raw: word.raw.slice(match[0].length), pos: word.pos } };
}

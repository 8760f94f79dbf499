/**
 * Reads the inside of one shell word: quotes, backslashes, `$name`, `${...}`, `$(...)`,
 * `` `...` `` and `$((...))`. The lexer calls readWord when its word state begins; nested command
 * substitutions are handed back to the parser through `ParseNested`, which bounds their depth.
 */
import type { ParamOp, Pos, Script, Word, WordPart } from "./ast.ts";
import { Cursor } from "./cursor.ts";
import { failSyntax } from "./syntax-error.ts";

/** Parses a nested script from `cursor` up to the closing `)` (or to the end for backquotes). */
export type ParseNested = (cursor: Cursor, isParenthesized: boolean) => Script;

/** Characters that end an unquoted word. */
const metachars = new Set([" ", "\t", "\n", ";", "&", "|", "(", ")", "<", ">"]);
const specialParams = new Set(["?", "$", "#", "@", "*", "!", "-", "0"]);
const maxWordDepth = 32;

/** What stops a word: shell metacharacters, or a closing brace inside ${...}. */
type Stop = "meta" | "brace";

/** Reads one word starting at the cursor. */
export function readWord(cur: Cursor, nested: ParseNested, depth: number, stop: Stop): Word {
  if (depth > maxWordDepth) failSyntax("TooDeep", "words nested too deeply", cur.pos());
  const start = cur.offset;
  const pos = cur.pos();
  const parts: WordPart[] = [];
  let literal = "";
  const flush = (): void => {
    if (literal !== "") parts.push({ kind: "literal", text: literal });
    literal = "";
  };
  for (;;) {
    const ch = cur.peek();
    if (ch === "" || (stop === "meta" ? metachars.has(ch) : ch === "}")) break;
    if (ch === "\\") {
      cur.take();
      if (cur.peek() === "\n") cur.take();
      else if (!cur.isAtEnd) {
        flush();
        parts.push({ kind: "quoted", text: cur.take() });
      }
      continue;
    }
    if (ch === "'" || ch === '"' || ch === "$" || ch === "`") {
      flush();
      parts.push(readQuotedOrDollar(cur, nested, depth));
      continue;
    }
    literal += cur.take();
  }
  flush();
  return { parts, raw: cur.src.slice(start, cur.offset), pos };
}

function readQuotedOrDollar(cur: Cursor, nested: ParseNested, depth: number): WordPart {
  const ch = cur.peek();
  if (ch === "'") return readSingle(cur);
  if (ch === '"') return { kind: "double", parts: readDouble(cur, nested, depth, false) };
  if (ch === "`") return readBackquote(cur, nested);
  return readDollar(cur, nested, depth);
}

function readSingle(cur: Cursor): WordPart {
  const pos = cur.pos();
  cur.take();
  const end = cur.src.indexOf("'", cur.offset);
  if (end < 0) failSyntax("UnterminatedQuote", "'", pos);
  let text = "";
  while (cur.offset < end) text += cur.take();
  cur.take();
  return { kind: "quoted", text };
}

/**
 * Reads a double-quoted run (after the opening quote) or a here-document body (isHeredoc: `"` is
 * plain text and the run ends at the end of the input).
 */
export function readDouble(cur: Cursor, nested: ParseNested, depth: number, isHeredoc: boolean): WordPart[] {
  const pos = cur.pos();
  if (!isHeredoc) cur.take();
  const parts: WordPart[] = [];
  let text = "";
  const flush = (): void => {
    if (text !== "") parts.push({ kind: "quoted", text });
    text = "";
  };
  for (;;) {
    if (cur.isAtEnd) {
      if (isHeredoc) break;
      failSyntax("UnterminatedQuote", '"', pos);
    }
    const ch = cur.peek();
    if (ch === '"' && !isHeredoc) {
      cur.take();
      break;
    }
    if (ch === "\\") {
      cur.take();
      const next = cur.peek();
      if (next === "\n") cur.take();
      else if (next === "$" || next === "`" || next === "\\" || (next === '"' && !isHeredoc)) text += cur.take();
      else text += "\\";
      continue;
    }
    if (ch === "$" || ch === "`") {
      flush();
      parts.push(ch === "$" ? readDollar(cur, nested, depth) : readBackquote(cur, nested));
      continue;
    }
    text += cur.take();
  }
  flush();
  return parts;
}

function readBackquote(cur: Cursor, nested: ParseNested): WordPart {
  const pos = cur.pos();
  cur.take();
  let body = "";
  for (;;) {
    if (cur.isAtEnd) failSyntax("UnterminatedQuote", "`", pos);
    const ch = cur.take();
    if (ch === "`") break;
    if (ch === "\\" && (cur.peek() === "`" || cur.peek() === "\\" || cur.peek() === "$")) body += cur.take();
    else body += ch;
  }
  return { kind: "command", script: nested(new Cursor(body, 0, pos), false) };
}

function readDollar(cur: Cursor, nested: ParseNested, depth: number): WordPart {
  const pos = cur.pos();
  cur.take();
  const ch = cur.peek();
  if (ch === "(" && cur.peek(1) === "(") return readArith(cur, nested, depth, pos);
  if (ch === "(") {
    cur.take();
    return { kind: "command", script: nested(cur, true) };
  }
  if (ch === "{") return readBraced(cur, nested, depth, pos);
  if (specialParams.has(ch) || isDigit(ch)) return { kind: "param", name: cur.take(), op: "", arg: undefined };
  const name = readName(cur);
  if (name === "") return { kind: "literal", text: "$" };
  return { kind: "param", name, op: "", arg: undefined };
}

function readArith(cur: Cursor, nested: ParseNested, depth: number, pos: Pos): WordPart {
  cur.take();
  cur.take();
  const start = cur.offset;
  const startPos = cur.pos();
  let open = 0;
  for (;;) {
    if (cur.isAtEnd) failSyntax("UnterminatedQuote", "$((", pos);
    const ch = cur.peek();
    if (ch === ")" && open === 0 && cur.peek(1) === ")") break;
    if (ch === "(") open += 1;
    if (ch === ")") open -= 1;
    cur.take();
  }
  const text = cur.src.slice(start, cur.offset);
  cur.take();
  cur.take();
  const inner = new Cursor(text, 0, startPos);
  const parts = readDouble(inner, nested, depth + 1, true);
  return { kind: "arith", expr: { parts, raw: text, pos: startPos } };
}

function readBraced(cur: Cursor, nested: ParseNested, depth: number, pos: Pos): WordPart {
  cur.take();
  let op: ParamOp = "";
  if (cur.peek() === "#" && cur.peek(1) !== "}") {
    cur.take();
    op = "length";
  }
  const name = specialParams.has(cur.peek()) || isDigit(cur.peek()) ? readDigitsOrSpecial(cur) : readName(cur);
  if (name === "") failSyntax("BadSubstitution", "${", pos);
  if (op === "length" || cur.peek() === "}") {
    if (cur.take() !== "}") failSyntax("BadSubstitution", "${", pos);
    return { kind: "param", name, op, arg: undefined };
  }
  op = readParamOp(cur, pos);
  const arg = readWord(cur, nested, depth + 1, "brace");
  if (cur.take() !== "}") failSyntax("BadSubstitution", "${", pos);
  return { kind: "param", name, op, arg };
}

function readParamOp(cur: Cursor, pos: Pos): ParamOp {
  const two = cur.peek() + cur.peek(1);
  const ops: ParamOp[] = [":-", ":=", ":?", ":+", "%%", "##", "-", "=", "?", "+", "%", "#"];
  for (const op of ops) {
    if (two.startsWith(op)) {
      for (let i = 0; i < op.length; i += 1) cur.take();
      return op;
    }
  }
  return failSyntax("BadSubstitution", "${", pos);
}

function readDigitsOrSpecial(cur: Cursor): string {
  if (!isDigit(cur.peek())) return cur.take();
  let digits = "";
  while (isDigit(cur.peek())) digits += cur.take();
  return digits;
}

function readName(cur: Cursor): string {
  let name = "";
  for (;;) {
    const ch = cur.peek();
    const isStart = (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || ch === "_";
    if (!(isStart || (name !== "" && isDigit(ch)))) return name;
    name += cur.take();
  }
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9" && ch !== "";
}

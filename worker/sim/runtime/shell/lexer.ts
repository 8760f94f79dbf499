/**
 * The shell lexer: an explicit state machine (start → comment | operator | word | heredoc → …),
 * each state method consuming text and returning the next state, in the manner of yaml's
 * src/parse/lexer.ts. Every token carries the 1-based position it starts at.
 *
 * Tokens: `word` (a Word with parts), `io` (a file-descriptor number written right before `<` or
 * `>`), `op` (one of `operators`), `newline`, `eof`. Here-document bodies are read when the
 * newline after their `<<` line is lexed; the parser registers them with `expectHeredoc`.
 */
import type { Pos, Word } from "./ast.ts";
import { Cursor } from "./cursor.ts";
import { type ParseNested, readDouble, readWord } from "./read-word.ts";
import { failSyntax } from "./syntax-error.ts";

/** Control and redirection operators, longest first so the operator state can match greedily. */
const operators = [
  "&&", "||", ";;", "<<-", "<<", ">>", ">|", "<>", ">&", "<&", "&>",
  ";", "&", "|", "(", ")", "<", ">",
] as const;

/** An operator token's text. */
export type Operator = (typeof operators)[number];

/** One token. */
export type Token =
  | { kind: "word"; word: Word; pos: Pos }
  | { kind: "io"; fd: number; pos: Pos }
  | { kind: "op"; op: Operator; pos: Pos }
  | { kind: "newline"; pos: Pos }
  | { kind: "eof"; pos: Pos };

/** A here-document waiting for its body: filled in when the body has been read. */
export interface PendingHeredoc {
  delimiter: string;
  isQuoted: boolean;
  isTabStripped: boolean;
  body: Word;
}

type State = "start" | "comment" | "operator" | "word" | "newline" | "done";

/** Produces tokens on demand from a shared cursor. */
export class Lexer {
  private readonly cur: Cursor;
  private readonly nested: ParseNested;
  private readonly depth: number;
  private readonly heredocs: PendingHeredoc[] = [];
  private token: Token | undefined;

  constructor(cur: Cursor, nested: ParseNested, depth: number) {
    this.cur = cur;
    this.nested = nested;
    this.depth = depth;
  }

  /** The cursor this lexer reads (nested parses share it). */
  get cursor(): Cursor {
    return this.cur;
  }

  /** Lexes and returns the next token. */
  next(): Token {
    this.token = undefined;
    let state: State = "start";
    while (this.token === undefined) state = this.step(state);
    return this.token;
  }

  /** Registers a here-document whose body starts after the next newline token. */
  expectHeredoc(doc: PendingHeredoc): void {
    this.heredocs.push(doc);
  }

  /** Whether here-documents are still waiting for their bodies (an error at end of input). */
  get hasPendingHeredocs(): boolean {
    return this.heredocs.length > 0;
  }

  private step(state: State): State {
    switch (state) {
      case "start":
        return this.start();
      case "comment":
        return this.comment();
      case "operator":
        return this.operator();
      case "word":
        return this.word();
      case "newline":
        return this.newline();
      case "done":
        this.token = { kind: "eof", pos: this.cur.pos() };
        return "done";
    }
  }

  private start(): State {
    const cur = this.cur;
    for (;;) {
      const ch = cur.peek();
      if (ch === " " || ch === "\t" || ch === "\r") cur.take();
      else if (ch === "\\" && cur.peek(1) === "\n") {
        cur.take();
        cur.take();
      } else break;
    }
    const ch = cur.peek();
    if (ch === "") return "done";
    if (ch === "#") return "comment";
    if (ch === "\n") return "newline";
    if (";&|()<>".includes(ch)) return "operator";
    return "word";
  }

  private comment(): State {
    while (!this.cur.isAtEnd && this.cur.peek() !== "\n") this.cur.take();
    return "start";
  }

  private newline(): State {
    const pos = this.cur.pos();
    this.cur.take();
    this.token = { kind: "newline", pos };
    for (const doc of this.heredocs.splice(0)) this.readHeredocBody(doc);
    return "start";
  }

  private operator(): State {
    const pos = this.cur.pos();
    const rest = this.cur.src.slice(this.cur.offset, this.cur.offset + 3);
    const op = operators.find((candidate) => rest.startsWith(candidate))!;
    for (let i = 0; i < op.length; i += 1) this.cur.take();
    this.token = { kind: "op", op, pos };
    return "start";
  }

  private word(): State {
    const pos = this.cur.pos();
    const word = readWord(this.cur, this.nested, this.depth, "meta");
    const next = this.cur.peek();
    const isFd = (next === "<" || next === ">") && /^[0-9]$/.test(word.raw);
    this.token = isFd ? { kind: "io", fd: Number(word.raw), pos } : { kind: "word", word, pos };
    return "start";
  }

  private readHeredocBody(doc: PendingHeredoc): void {
    const cur = this.cur;
    const pos = cur.pos();
    let body = "";
    for (;;) {
      if (cur.isAtEnd) failSyntax("UnexpectedEnd", doc.delimiter, pos, doc.delimiter);
      let line = "";
      while (!cur.isAtEnd && cur.peek() !== "\n") line += cur.take();
      if (!cur.isAtEnd) cur.take();
      if (doc.isTabStripped) line = line.replace(/^\t+/, "");
      if (line === doc.delimiter) break;
      body += `${line}\n`;
    }
    doc.body.raw = body;
    doc.body.pos = pos;
    doc.body.parts = doc.isQuoted
      ? [{ kind: "quoted", text: body }]
      : [{ kind: "double", parts: readDouble(new Cursor(body, 0, pos), this.nested, this.depth, true) }];
  }
}

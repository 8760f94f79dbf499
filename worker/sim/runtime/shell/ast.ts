/**
 * The shell AST. Every word and command keeps the 1-based source position it started at, so
 * syntax errors and step-budget errors can point into the learner's text.
 */

/** A 1-based line/column position in the script text. */
export interface Pos {
  line: number;
  column: number;
}

/** One piece of a word, before expansion. */
export type WordPart =
  /** Unquoted text: subject to field splitting and pathname expansion when it came from $x. */
  | { kind: "literal"; text: string }
  /** Single-quoted or backslash-escaped text: taken verbatim. */
  | { kind: "quoted"; text: string }
  /** A "double-quoted" run; its parts are expanded but never split or globbed. */
  | { kind: "double"; parts: WordPart[] }
  /** $name, ${name}, ${name:-word}, ${#name}, ${name%pattern} and friends. */
  | { kind: "param"; name: string; op: ParamOp; arg: Word | undefined }
  /** $(...) or `...`. */
  | { kind: "command"; script: Script }
  /** $((...)): the expression text, expanded and evaluated when the word is expanded. */
  | { kind: "arith"; expr: Word };

/** Parameter-expansion operators; "" is plain ${name}, "length" is ${#name}. */
export type ParamOp =
  | ""
  | "length"
  | "-"
  | ":-"
  | "="
  | ":="
  | "?"
  | ":?"
  | "+"
  | ":+"
  | "%"
  | "%%"
  | "#"
  | "##";

/** A shell word: its parts and the source text it was written as. */
export interface Word {
  parts: WordPart[];
  raw: string;
  pos: Pos;
}

/** Redirection operators. `&>` (busybox bash-compat) sends stdout and stderr to one file. */
export type RedirectOp = ">" | ">>" | ">|" | "<" | "<>" | ">&" | "<&" | "&>" | "<<" | "<<-";

/** One redirection; for here-documents `target` is the body and `fd` is 0. */
export interface Redirect {
  fd: number;
  op: RedirectOp;
  target: Word;
  pos: Pos;
}

/** `NAME=value` before a command (or alone). */
export interface Assignment {
  name: string;
  value: Word;
}

/** A simple command: assignments, words, redirections. */
export interface SimpleCommand {
  kind: "simple";
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
  pos: Pos;
}

/** if/elif/else: `branches` are tried in order; `otherwise` runs when none matched. */
export interface IfCommand {
  kind: "if";
  branches: { condition: Script; body: Script }[];
  otherwise: Script | undefined;
  redirects: Redirect[];
  pos: Pos;
}

/** while (isUntil false) or until (isUntil true). */
export interface LoopCommand {
  kind: "loop";
  isUntil: boolean;
  condition: Script;
  body: Script;
  redirects: Redirect[];
  pos: Pos;
}

/** for NAME [in words]; do body; done. `items` undefined means "$@". */
export interface ForCommand {
  kind: "for";
  name: string;
  items: Word[] | undefined;
  body: Script;
  redirects: Redirect[];
  pos: Pos;
}

/** case WORD in pattern) body;; ... esac */
export interface CaseCommand {
  kind: "case";
  subject: Word;
  arms: { patterns: Word[]; body: Script }[];
  redirects: Redirect[];
  pos: Pos;
}

/** { list; } (isSubshell false) or ( list ) (isSubshell true). */
export interface GroupCommand {
  kind: "group";
  isSubshell: boolean;
  body: Script;
  redirects: Redirect[];
  pos: Pos;
}

/** name() compound-command */
export interface FunctionDef {
  kind: "function";
  name: string;
  body: Command;
  pos: Pos;
}

/** Any command. */
export type Command =
  | SimpleCommand
  | IfCommand
  | LoopCommand
  | ForCommand
  | CaseCommand
  | GroupCommand
  | FunctionDef;

/** cmd | cmd | cmd, optionally negated with `!`. */
export interface Pipeline {
  isNegated: boolean;
  commands: Command[];
}

/** pipeline && pipeline || pipeline ... */
export interface AndOr {
  first: Pipeline;
  rest: { op: "&&" | "||"; pipeline: Pipeline }[];
  isBackground: boolean;
}

/** A list of and-or lists, run in order. */
export interface Script {
  items: AndOr[];
}

/**
 * Word expansion in POSIX order: parameter, command and arithmetic expansion, then field
 * splitting on IFS (only of unquoted expansion results), then pathname expansion, then quote
 * removal. Command substitutions run first, as generators, since they may sleep; everything
 * after that is synchronous.
 */
import type { Effect, Resume } from "../process/process.ts";
import { evalArith } from "./arith.ts";
import type { ParamOp, Word, WordPart } from "./ast.ts";
import { globPaths } from "./glob-paths.ts";
import { runSubstitution } from "./run-script.ts";
import { getParam } from "./params.ts";
import { escapePattern, hasWildcard, matchPattern, unescapePattern } from "./pattern.ts";
import { getVar, setVar, type ShellState, shellError } from "./shell-state.ts";

type Gen<T> = Generator<Effect, T, Resume>;
type Substs = Map<WordPart, string>;

interface Field {
  text: string;
  pattern: string;
  hasGlob: boolean;
  isQuoted: boolean;
}

/** Raised (as a result) when ${x?msg} fails or arithmetic is invalid; the shell then exits. */
export class ExpansionFailure {
  readonly code = "ExpansionFailure";
}

const commandWords = new WeakMap<Word, boolean>();

/** Expands words into argv fields (split and globbed). Status of the last $(...) goes to sh.status. */
export function* expandWords(sh: ShellState, words: Word[]): Gen<string[] | ExpansionFailure> {
  const out: string[] = [];
  for (const word of words) {
    // Most words are one plain or single-quoted literal (`cat`, `/tmp/healthy`, `'a b'`), which
    // expand to themselves: no field list or Field needs building for them.
    const only = word.parts.length === 1 ? word.parts[0]! : undefined;
    if (only?.kind === "quoted" || (only?.kind === "literal" && !hasWildcard(only.text))) {
      if (only.kind === "quoted" || only.text !== "") out.push(only.text);
      continue;
    }
    const substs = hasCommand(word) ? yield* runSubsts(sh, word.parts) : undefined;
    const fields: Field[] = [];
    const result = expandParts(sh, word.parts, substs, fields, newField(), false);
    if (result instanceof ExpansionFailure) return result;
    if (result.text !== "" || result.isQuoted) fields.push(result);
    for (const field of fields) pushGlobbed(sh, field, out);
  }
  return out;
}

/** Expands one word to one string: no splitting, no globbing (assignments, redirects, case). */
export function* expandWord(sh: ShellState, word: Word): Gen<string | ExpansionFailure> {
  const substs = hasCommand(word) ? yield* runSubsts(sh, word.parts) : undefined;
  const field = expandParts(sh, word.parts, substs, undefined, newField(), false);
  return field instanceof ExpansionFailure ? field : field.text;
}

/** Expands a word to a pattern for case/${x%pat}: quoted characters are escaped. */
export function* expandPattern(sh: ShellState, word: Word): Gen<string | ExpansionFailure> {
  const substs = hasCommand(word) ? yield* runSubsts(sh, word.parts) : undefined;
  const field = expandParts(sh, word.parts, substs, undefined, newField(), false);
  return field instanceof ExpansionFailure ? field : field.pattern;
}

function newField(): Field {
  return { text: "", pattern: "", hasGlob: false, isQuoted: false };
}

function hasCommand(word: Word): boolean {
  let known = commandWords.get(word);
  if (known === undefined) {
    known = partsHaveCommand(word.parts);
    commandWords.set(word, known);
  }
  return known;
}

function partsHaveCommand(parts: WordPart[]): boolean {
  return parts.some((part) =>
    part.kind === "command" ||
    (part.kind === "double" && partsHaveCommand(part.parts)) ||
    (part.kind === "param" && part.arg !== undefined && partsHaveCommand(part.arg.parts)) ||
    (part.kind === "arith" && partsHaveCommand(part.expr.parts)));
}

function* runSubsts(sh: ShellState, parts: WordPart[], into: Substs = new Map()): Gen<Substs> {
  for (const part of parts) {
    if (part.kind === "command") into.set(part, yield* runSubstitution(sh, part.script));
    else if (part.kind === "double") yield* runSubsts(sh, part.parts, into);
    else if (part.kind === "param" && part.arg !== undefined) yield* runSubsts(sh, part.arg.parts, into);
    else if (part.kind === "arith") yield* runSubsts(sh, part.expr.parts, into);
  }
  return into;
}

/**
 * Appends the expansion of `parts` to `cur`; completed fields go to `fields` (undefined: never
 * split). Returns the field still being built.
 */
function expandParts(
  sh: ShellState, parts: WordPart[], substs: Substs | undefined, fields: Field[] | undefined,
  cur: Field, isQuoted: boolean,
): Field | ExpansionFailure {
  for (const part of parts) {
    if (part.kind === "literal") {
      if (isQuoted) appendQuoted(cur, part.text);
      else appendUnquoted(cur, part.text);
      continue;
    }
    if (part.kind === "quoted") {
      appendQuoted(cur, part.text);
      continue;
    }
    if (part.kind === "double") {
      cur.isQuoted = true;
      const inner = expandParts(sh, part.parts, substs, fields, cur, true);
      if (inner instanceof ExpansionFailure) return inner;
      cur = inner;
      continue;
    }
    if (part.kind === "param" && part.name === "@" && part.op === "" && isQuoted && fields !== undefined) {
      cur = spliceAt(sh.positional, fields, cur);
      continue;
    }
    const value = expansionValue(sh, part, substs);
    if (value instanceof ExpansionFailure) return value;
    if (isQuoted) appendQuoted(cur, value);
    else if (fields === undefined) appendUnquoted(cur, value);
    else cur = splitInto(sh, value, fields, cur);
  }
  return cur;
}

function appendQuoted(cur: Field, text: string): void {
  cur.text += text;
  cur.pattern += escapePattern(text);
  cur.isQuoted = true;
}

function appendUnquoted(cur: Field, text: string): void {
  cur.text += text;
  cur.pattern += text;
  cur.hasGlob ||= hasWildcard(text);
}

function spliceAt(values: string[], fields: Field[], cur: Field): Field {
  values.forEach((value, index) => {
    if (index > 0) {
      fields.push(cur);
      cur = newField();
    }
    appendQuoted(cur, value);
  });
  if (values.length === 0) cur.isQuoted = cur.text !== "";
  return cur;
}

function splitInto(sh: ShellState, value: string, fields: Field[], cur: Field): Field {
  const ifs = getVar(sh, "IFS") ?? " \t\n";
  if (ifs === "") {
    appendUnquoted(cur, value);
    return cur;
  }
  let piece = "";
  let isPending = false;
  const flush = (): void => {
    appendUnquoted(cur, piece);
    piece = "";
  };
  for (const ch of value) {
    if (!ifs.includes(ch)) {
      if (isPending) {
        if (cur.text !== "" || cur.isQuoted) fields.push(cur);
        cur = newField();
        isPending = false;
      }
      piece += ch;
      continue;
    }
    flush();
    isPending = true;
  }
  flush();
  if (isPending) {
    if (cur.text !== "" || cur.isQuoted) fields.push(cur);
    cur = newField();
  }
  return cur;
}

function expansionValue(sh: ShellState, part: WordPart, substs: Substs | undefined): string | ExpansionFailure {
  if (part.kind === "command") return substs?.get(part) ?? "";
  if (part.kind === "arith") {
    const expr = expandParts(sh, part.expr.parts, substs, undefined, newField(), true);
    if (expr instanceof ExpansionFailure) return expr;
    // Methods, not arrow properties: tsx (esbuild's keepNames) renames each arrow property with an
    // Object.defineProperty call every time the object is made, about 0.2 µs apiece.
    const result = evalArith(expr.text, {
      get(name) {
        return getVar(sh, name);
      },
      set(name, value) {
        setVar(sh, name, value);
      },
    });
    if (result.ok) return String(result.value);
    shellError(sh, result.message);
    return new ExpansionFailure();
  }
  if (part.kind !== "param") return "";
  return paramValue(sh, part.name, part.op, part.arg, substs);
}

function paramValue(sh: ShellState, name: string, op: ParamOp, arg: Word | undefined, substs: Substs | undefined): string | ExpansionFailure {
  const value = getParam(sh, name);
  if (op === "") return value ?? "";
  if (op === "length") return String((value ?? "").length);
  const isUnset = op.startsWith(":") ? value === undefined || value === "" : value === undefined;
  const argText = (): string | ExpansionFailure => {
    if (arg === undefined) return "";
    const field = expandParts(sh, arg.parts, substs, undefined, newField(), true);
    return field instanceof ExpansionFailure ? field : field.text;
  };
  switch (op) {
    case "-":
    case ":-":
      return isUnset ? argText() : value!;
    case "=":
    case ":=": {
      if (!isUnset) return value!;
      const assigned = argText();
      if (!(assigned instanceof ExpansionFailure)) setVar(sh, name, assigned);
      return assigned;
    }
    case "?":
    case ":?": {
      if (!isUnset) return value!;
      const message = argText();
      shellError(sh, `${name}: ${message === "" || message instanceof ExpansionFailure ? "parameter not set" : message}`);
      return new ExpansionFailure();
    }
    case "+":
    case ":+":
      return isUnset ? "" : argText();
    default:
      return trimByPattern(sh, value ?? "", op, arg, substs);
  }
}

function trimByPattern(sh: ShellState, value: string, op: ParamOp, arg: Word | undefined, substs: Substs | undefined): string | ExpansionFailure {
  const field = arg === undefined ? newField() : expandParts(sh, arg.parts, substs, undefined, newField(), false);
  if (field instanceof ExpansionFailure) return field;
  const pattern = field.pattern;
  const isLongest = op === "%%" || op === "##";
  const fromEnd = op === "%" || op === "%%";
  for (let n = 0; n <= value.length; n += 1) {
    const len = isLongest ? value.length - n : n;
    const candidate = fromEnd ? value.slice(value.length - len) : value.slice(0, len);
    if (matchPattern(pattern, candidate)) return fromEnd ? value.slice(0, value.length - len) : value.slice(len);
  }
  return value;
}

function pushGlobbed(sh: ShellState, field: Field, out: string[]): void {
  if (!field.hasGlob) {
    out.push(field.text);
    return;
  }
  const matches = globPaths(sh.ctx.host.fs, sh.cwd, field.pattern);
  if (matches.length === 0) out.push(unescapePattern(field.pattern));
  else out.push(...matches);
}

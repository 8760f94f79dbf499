/**
 * POSIX basic/extended regular expressions for grep and sed, run on a Pike VM: time linear in
 * text × pattern, so learner patterns like `(a*)*b` cannot hang the simulator the way a
 * backtracking engine (JS RegExp) can. Matching is leftmost with first-alternative priority.
 * Supported: literals, `.`, bracket expressions with ranges and [:classes:], `^`, `$`, `*`,
 * `+ ? {m,n}` (ERE; `\+ \? \{m,n\}` in BRE), groups and `|` (ERE; `\( \) \|` in BRE).
 */

type Node =
  | { t: "char"; test: (ch: string) => boolean }
  | { t: "cat"; items: Node[] }
  | { t: "alt"; alts: Node[] }
  | { t: "rep"; node: Node; min: number; max: number }
  | { t: "group"; node: Node; index: number }
  | { t: "bol" }
  | { t: "eol" };

type Inst =
  | { op: "char"; test: (ch: string) => boolean }
  | { op: "split"; x: number; y: number }
  | { op: "jmp"; x: number }
  | { op: "save"; n: number }
  | { op: "bol" }
  | { op: "eol" }
  | { op: "match" };

/** A compiled pattern. */
export interface Regex {
  prog: Inst[];
  groups: number;
}

/** A match: offsets of the whole match and of each group (-1 when a group did not take part). */
export interface RegexMatch {
  start: number;
  end: number;
  groups: number[];
}

const maxProgram = 20_000;
const maxDepth = 100;

const classes: Record<string, (ch: string) => boolean> = {
  alpha: (c) => /[A-Za-z]/.test(c), digit: (c) => c >= "0" && c <= "9", alnum: (c) => /[A-Za-z0-9]/.test(c),
  space: (c) => /\s/.test(c), upper: (c) => c >= "A" && c <= "Z", lower: (c) => c >= "a" && c <= "z",
  punct: (c) => /[!-/:-@[-`{-~]/.test(c), xdigit: (c) => /[0-9A-Fa-f]/.test(c), blank: (c) => c === " " || c === "\t",
};

/** Compiles a pattern; a string result is the error message. Pure. */
export function compileRegex(pattern: string, isExtended: boolean, isIgnoreCase: boolean): Regex | string {
  const state = { src: pattern, i: 0, ere: isExtended, icase: isIgnoreCase, groups: 0, error: "" };
  const node = parseAlt(state, 0);
  if (state.error === "" && state.i < pattern.length) state.error = "Unmatched ) or \\)";
  if (state.error !== "") return state.error;
  const prog: Inst[] = [];
  if (!emit(node, prog)) return "Regular expression too big";
  prog.push({ op: "match" });
  return { prog, groups: state.groups };
}

interface PState {
  src: string;
  i: number;
  ere: boolean;
  icase: boolean;
  groups: number;
  error: string;
}

function isAltOp(st: PState): boolean {
  return st.ere ? st.src[st.i] === "|" : st.src.startsWith("\\|", st.i);
}

function isClose(st: PState): boolean {
  return st.ere ? st.src[st.i] === ")" : st.src.startsWith("\\)", st.i);
}

function parseAlt(st: PState, depth: number): Node {
  if (depth > maxDepth) {
    st.error ||= "Regular expression too big";
    return { t: "cat", items: [] };
  }
  const alts = [parseCat(st, depth)];
  while (st.error === "" && isAltOp(st)) {
    st.i += st.ere ? 1 : 2;
    alts.push(parseCat(st, depth));
  }
  return alts.length === 1 ? alts[0]! : { t: "alt", alts };
}

function parseCat(st: PState, depth: number): Node {
  const items: Node[] = [];
  while (st.error === "" && st.i < st.src.length && !isAltOp(st) && !isClose(st)) {
    let atom = parseAtom(st, depth, items.length === 0);
    for (let rep = parseRepeat(st); rep !== undefined; rep = parseRepeat(st)) atom = { t: "rep", node: atom, ...rep };
    items.push(atom);
  }
  return { t: "cat", items };
}

function parseRepeat(st: PState): { min: number; max: number } | undefined {
  const ch = st.src[st.i];
  if (ch === "*") return (st.i += 1, { min: 0, max: Infinity });
  const token = st.ere ? ch : ch === "\\" ? st.src[st.i + 1] : undefined;
  const width = st.ere ? 1 : 2;
  if (token === "+") return (st.i += width, { min: 1, max: Infinity });
  if (token === "?") return (st.i += width, { min: 0, max: 1 });
  if (token !== "{") return undefined;
  const close = st.ere ? "}" : "\\}";
  const end = st.src.indexOf(close, st.i + width);
  const body = end < 0 ? "" : st.src.slice(st.i + width, end);
  const match = /^(\d+)(,(\d*))?$/.exec(body);
  if (match === null) {
    st.error ||= "Invalid content of \\{\\}";
    return undefined;
  }
  st.i = end + close.length;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
  if (min > 255 || max < min || (max !== Infinity && max > 255)) st.error ||= "Invalid content of \\{\\}";
  return { min, max };
}

function parseAtom(st: PState, depth: number, isFirst: boolean): Node {
  const ch = st.src[st.i]!;
  const isOpen = st.ere ? ch === "(" : st.src.startsWith("\\(", st.i);
  if (isOpen) {
    st.i += st.ere ? 1 : 2;
    const index = ++st.groups;
    const node = parseAlt(st, depth + 1);
    if (!isClose(st)) st.error ||= "Unmatched ( or \\(";
    st.i += st.ere ? 1 : 2;
    return { t: "group", node, index };
  }
  st.i += 1;
  if (ch === "^" && (isFirst || st.ere)) return { t: "bol" };
  if (ch === "$" && (st.i === st.src.length || isAltOp(st) || isClose(st) || st.ere)) return { t: "eol" };
  if (ch === ".") return { t: "char", test: (c) => c !== "\n" };
  if (ch === "[") return { t: "char", test: parseBracket(st) };
  if (ch === "\\" && st.i < st.src.length) return escape(st, st.src[st.i++]!);
  return literal(st, ch);
}

function escape(st: PState, ch: string): Node {
  if (ch === "w") return { t: "char", test: (c) => /\w/.test(c) };
  if (ch === "s") return { t: "char", test: (c) => /\s/.test(c) };
  if (ch === "d") return { t: "char", test: classes.digit! };
  if (ch === "t") return literal(st, "\t");
  if (ch === "n") return literal(st, "\n");
  return literal(st, ch);
}

function literal(st: PState, ch: string): Node {
  if (!st.icase) return { t: "char", test: (c) => c === ch };
  const lower = ch.toLowerCase();
  return { t: "char", test: (c) => c.toLowerCase() === lower };
}

function parseBracket(st: PState): (ch: string) => boolean {
  const tests: ((ch: string) => boolean)[] = [];
  const isNegated = st.src[st.i] === "^";
  if (isNegated) st.i += 1;
  let isFirst = true;
  while (st.i < st.src.length && (st.src[st.i] !== "]" || isFirst)) {
    isFirst = false;
    const cls = /^\[:([a-z]+):\]/.exec(st.src.slice(st.i, st.i + 10));
    if (cls !== null && classes[cls[1]!] !== undefined) {
      tests.push(classes[cls[1]!]!);
      st.i += cls[0].length;
      continue;
    }
    const lo = st.src[st.i]!;
    if (st.src[st.i + 1] === "-" && st.i + 2 < st.src.length && st.src[st.i + 2] !== "]") {
      const hi = st.src[st.i + 2]!;
      tests.push((c) => c >= lo && c <= hi);
      st.i += 3;
    } else {
      tests.push(st.icase ? (c) => c.toLowerCase() === lo.toLowerCase() : (c) => c === lo);
      st.i += 1;
    }
  }
  if (st.i >= st.src.length) st.error ||= "Unmatched [, [^, [:, [., or [=";
  st.i += 1;
  return (c) => tests.some((test) => test(c)) !== isNegated;
}

function emit(node: Node, prog: Inst[]): boolean {
  if (prog.length > maxProgram) return false;
  switch (node.t) {
    case "char":
      prog.push({ op: "char", test: node.test });
      return true;
    case "bol":
    case "eol":
      prog.push({ op: node.t });
      return true;
    case "cat":
      return node.items.every((item) => emit(item, prog));
    case "group": {
      prog.push({ op: "save", n: node.index * 2 });
      const ok = emit(node.node, prog);
      prog.push({ op: "save", n: node.index * 2 + 1 });
      return ok;
    }
    case "alt":
      return emitAlt(node.alts, prog);
    case "rep":
      return emitRep(node.node, node.min, node.max, prog);
  }
}

function emitAlt(alts: Node[], prog: Inst[]): boolean {
  if (alts.length === 1) return emit(alts[0]!, prog);
  const split: Inst = { op: "split", x: prog.length + 1, y: 0 };
  prog.push(split);
  if (!emit(alts[0]!, prog)) return false;
  const jump: Inst = { op: "jmp", x: 0 };
  prog.push(jump);
  split.y = prog.length;
  const ok = emitAlt(alts.slice(1), prog);
  jump.x = prog.length;
  return ok;
}

function emitRep(node: Node, min: number, max: number, prog: Inst[]): boolean {
  for (let i = 0; i < min; i += 1) if (!emit(node, prog)) return false;
  if (max === Infinity) {
    const split: Inst = { op: "split", x: prog.length + 1, y: 0 };
    prog.push(split);
    if (!emit(node, prog)) return false;
    prog.push({ op: "jmp", x: prog.indexOf(split) });
    split.y = prog.length;
    return true;
  }
  for (let i = min; i < max; i += 1) {
    const split: Inst = { op: "split", x: prog.length + 1, y: 0 };
    prog.push(split);
    if (!emit(node, prog)) return false;
    split.y = prog.length;
  }
  return true;
}

/** Finds the leftmost match at or after `from` in one pass over the text. Pure. */
export function searchRegex(re: Regex, text: string, from = 0): RegexMatch | undefined {
  const slots = (re.groups + 1) * 2;
  let current: Thread[] = [];
  let best: number[] | undefined;
  for (let i = from; i <= text.length; i += 1) {
    const seen = new Set<number>(current.map((thread) => thread.pc));
    if (best === undefined) {
      const caps = new Array<number>(slots).fill(-1);
      caps[0] = i;
      addThread(re, current, seen, 0, caps, text, i);
    }
    const next: Thread[] = [];
    const nextSeen = new Set<number>();
    for (const thread of current) {
      const inst = re.prog[thread.pc]!;
      if (inst.op === "match") {
        best = thread.caps.slice();
        best[1] = i;
        break;
      }
      if (inst.op === "char" && i < text.length && inst.test(text[i]!)) addThread(re, next, nextSeen, thread.pc + 1, thread.caps, text, i + 1);
    }
    current = next;
    if (current.length === 0 && best !== undefined) break;
  }
  if (best === undefined) return undefined;
  const groups: number[] = [];
  for (let g = 1; g <= re.groups; g += 1) groups.push(best[g * 2]!, best[g * 2 + 1]!);
  return { start: best[0]!, end: best[1]!, groups };
}

interface Thread {
  pc: number;
  caps: number[];
}

function addThread(re: Regex, list: Thread[], seen: Set<number>, pc0: number, caps0: number[], text: string, at: number): void {
  const stack: Thread[] = [{ pc: pc0, caps: caps0 }];
  while (stack.length > 0) {
    const { pc, caps } = stack.pop()!;
    if (seen.has(pc)) continue;
    seen.add(pc);
    const inst = re.prog[pc]!;
    if (inst.op === "jmp") stack.push({ pc: inst.x, caps });
    else if (inst.op === "split") stack.push({ pc: inst.y, caps }, { pc: inst.x, caps });
    else if (inst.op === "save") {
      const copy = caps.slice();
      copy[inst.n] = at;
      stack.push({ pc: pc + 1, caps: copy });
    } else if (inst.op === "bol") {
      if (at === 0) stack.push({ pc: pc + 1, caps });
    } else if (inst.op === "eol") {
      if (at === text.length) stack.push({ pc: pc + 1, caps });
    } else list.push({ pc, caps });
  }
}

/**
 * $((...)) arithmetic: integers (as JS numbers truncated to 64-bit-like safe integers), names
 * read as variables, + - * / % comparisons, && || !, unary minus, parentheses and plain `=`
 * assignment. Errors are returned, never thrown.
 */

/** The value, or the message a shell prints (without the `sh: ` prefix). */
export type ArithResult = { ok: true; value: number } | { ok: false; message: string };

/** Variable access the evaluator needs. */
export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

const maxArithDepth = 64;

/** Evaluates an expression (already parameter-expanded). Pure apart from `vars.set`. */
export function evalArith(text: string, vars: ArithVars): ArithResult {
  const tokens = text.match(/\s+|\d+|[A-Za-z_][A-Za-z0-9_]*|&&|\|\||[<>=!]=|<<|>>|[-+*/%()<>!=&|^~]|./g) ?? [];
  const state = { tokens: tokens.filter((t) => !/^\s+$/.test(t)), i: 0, vars, error: "" };
  const value = parseBinary(state, 0, 0);
  if (state.error === "" && state.i < state.tokens.length) state.error = "arithmetic syntax error";
  return state.error === "" ? { ok: true, value } : { ok: false, message: state.error };
}

interface State {
  tokens: string[];
  i: number;
  vars: ArithVars;
  error: string;
}

const levels: string[][] = [["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<", "<=", ">", ">="], ["<<", ">>"], ["+", "-"], ["*", "/", "%"]];

function parseBinary(st: State, level: number, depth: number): number {
  if (depth > maxArithDepth) {
    st.error ||= "arithmetic nesting too deep";
    return 0;
  }
  if (level >= levels.length) return parseUnary(st, depth);
  let left = parseBinary(st, level + 1, depth + 1);
  while (st.error === "" && levels[level]!.includes(st.tokens[st.i] ?? "")) {
    const op = st.tokens[st.i++]!;
    const right = parseBinary(st, level + 1, depth + 1);
    left = apply(st, op, left, right);
  }
  return left;
}

function parseUnary(st: State, depth: number): number {
  const token = st.tokens[st.i];
  if (token === "-" || token === "+" || token === "!" || token === "~") {
    st.i += 1;
    const value = parseUnary(st, depth + 1);
    if (token === "-") return -value;
    if (token === "!") return value === 0 ? 1 : 0;
    if (token === "~") return ~value;
    return value;
  }
  return parsePrimary(st, depth);
}

function parsePrimary(st: State, depth: number): number {
  const token = st.tokens[st.i++];
  if (token === undefined) {
    st.error ||= "arithmetic syntax error";
    return 0;
  }
  if (token === "(") {
    const value = parseBinary(st, 0, depth + 1);
    if (st.tokens[st.i++] !== ")") st.error ||= "arithmetic syntax error";
    return value;
  }
  if (/^\d+$/.test(token)) return Number(token);
  if (/^[A-Za-z_]/.test(token)) {
    if (st.tokens[st.i] === "=" ) {
      st.i += 1;
      const value = parseBinary(st, 0, depth + 1);
      st.vars.set(token, String(value));
      return value;
    }
    const raw = (st.vars.get(token) ?? "").trim();
    if (raw === "") return 0;
    if (/^-?\d+$/.test(raw)) return Number(raw);
    st.error ||= `${raw}: arithmetic syntax error`;
    return 0;
  }
  st.error ||= "arithmetic syntax error";
  return 0;
}

function apply(st: State, op: string, a: number, b: number): number {
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "/":
    case "%":
      if (b === 0) {
        st.error ||= "divide by zero";
        return 0;
      }
      return op === "/" ? Math.trunc(a / b) : a % b;
    case "<": return a < b ? 1 : 0;
    case "<=": return a <= b ? 1 : 0;
    case ">": return a > b ? 1 : 0;
    case ">=": return a >= b ? 1 : 0;
    case "==": return a === b ? 1 : 0;
    case "!=": return a !== b ? 1 : 0;
    case "&&": return a !== 0 && b !== 0 ? 1 : 0;
    case "||": return a !== 0 || b !== 0 ? 1 : 0;
    case "&": return a & b;
    case "|": return a | b;
    case "^": return a ^ b;
    case "<<": return a << b;
    default: return a >> b;
  }
}

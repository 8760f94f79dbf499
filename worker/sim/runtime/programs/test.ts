/**
 * `test` / `[`: file tests (-e -f -d -s -r -w -x -L -h), string tests (-z -n = !=), integer
 * comparisons (-eq -ne -lt -le -gt -ge), `!`, `-a`, `-o` and parentheses. Status 0 true, 1 false,
 * 2 on a usage error with the message busybox prints.
 */
import { fail, type ProgramContext } from "./program.ts";

class TestError {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

/** The test program/builtin. */
export function test(ctx: ProgramContext): number {
  let args = ctx.argv.slice(1);
  if (ctx.argv[0] === "[") {
    if (args[args.length - 1] !== "]") return fail(ctx, "missing ]", 2);
    args = args.slice(0, -1);
  }
  if (args.length === 0) return 1;
  const parser = { args, i: 0, ctx };
  const result = orExpr(parser, 0);
  if (result instanceof TestError) return fail(ctx, result.message, 2);
  if (parser.i < args.length) return fail(ctx, `${args[parser.i]}: unknown operand`, 2);
  return result ? 0 : 1;
}

interface P {
  args: string[];
  i: number;
  ctx: ProgramContext;
}

function orExpr(p: P, depth: number): boolean | TestError {
  if (depth > 64) return new TestError("expression too deep");
  let left = andExpr(p, depth);
  while (!(left instanceof TestError) && p.args[p.i] === "-o") {
    p.i += 1;
    const right = andExpr(p, depth);
    left = right instanceof TestError ? right : left || right;
  }
  return left;
}

function andExpr(p: P, depth: number): boolean | TestError {
  let left = notExpr(p, depth);
  while (!(left instanceof TestError) && p.args[p.i] === "-a") {
    p.i += 1;
    const right = notExpr(p, depth);
    left = right instanceof TestError ? right : left && right;
  }
  return left;
}

function notExpr(p: P, depth: number): boolean | TestError {
  if (p.args[p.i] === "!" && p.i + 1 < p.args.length) {
    p.i += 1;
    const inner = notExpr(p, depth + 1);
    return inner instanceof TestError ? inner : !inner;
  }
  return primary(p, depth);
}

const binary = new Set(["=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "<", ">"]);

function primary(p: P, depth: number): boolean | TestError {
  const a = p.args[p.i];
  if (a === undefined) return new TestError("argument expected");
  if (a === "(" && p.args.length - p.i > 2) {
    p.i += 1;
    const inner = orExpr(p, depth + 1);
    if (p.args[p.i] !== ")") return new TestError("missing )");
    p.i += 1;
    return inner;
  }
  const op = p.args[p.i + 1];
  if (op !== undefined && binary.has(op) && p.i + 2 < p.args.length) {
    const b = p.args[p.i + 2]!;
    p.i += 3;
    return compare(a, op, b);
  }
  if (/^-[a-zA-Z]$/.test(a) && p.i + 1 < p.args.length) {
    p.i += 2;
    return unary(p.ctx, a, op!);
  }
  p.i += 1;
  return a !== "";
}

function compare(a: string, op: string, b: string): boolean | TestError {
  if (op === "=" || op === "==") return a === b;
  if (op === "!=") return a !== b;
  if (op === "<") return a < b;
  if (op === ">") return a > b;
  const x = integer(a);
  const y = integer(b);
  if (x instanceof TestError) return x;
  if (y instanceof TestError) return y;
  switch (op) {
    case "-eq": return x === y;
    case "-ne": return x !== y;
    case "-lt": return x < y;
    case "-le": return x <= y;
    case "-gt": return x > y;
    default: return x >= y;
  }
}

function integer(text: string): number | TestError {
  const trimmed = text.trim();
  return /^[-+]?\d+$/.test(trimmed) ? Number(trimmed) : new TestError(`invalid number '${text}'`);
}

function unary(ctx: ProgramContext, op: string, operand: string): boolean | TestError {
  if (op === "-z") return operand === "";
  if (op === "-n") return operand !== "";
  const fs = ctx.host.fs;
  try {
    const node = op === "-L" || op === "-h" ? fs.lstat(operand, ctx.cwd) : fs.stat(operand, ctx.cwd);
    switch (op) {
      case "-e": return true;
      case "-f": return node.kind === "file";
      case "-d": return node.kind === "dir";
      case "-s": return node.kind === "file" && node.data.length > 0;
      case "-r": return true;
      case "-w": return !fs.isReadOnly(operand, ctx.cwd);
      case "-x": return (node.mode & 0o111) !== 0;
      case "-L":
      case "-h": return node.kind === "symlink";
      case "-c": return node.kind === "device";
      default: return new TestError(`${op}: unknown operand`);
    }
  } catch {
    return false;
  }
}

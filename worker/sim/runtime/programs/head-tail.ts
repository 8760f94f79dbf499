/**
 * `head [-n N] [FILE]` and `tail [-n N] [-f] [FILE]`. `tail -f` re-reads the file every virtual
 * second and prints what was appended, until it is killed.
 */
import type { ProcessBody } from "../process/process.ts";
import { failFlavored, reason } from "./fs-messages.ts";
import type { ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

interface Parsed {
  count: number;
  isFollow: boolean;
  file: string | undefined;
}

/** The head program. */
export function head(ctx: ProgramContext): number {
  const opts = parse(ctx.argv, 10);
  const text = read(ctx, opts.file);
  if (text === undefined) return 1;
  return writeOut(ctx, lines(text).slice(0, opts.count).join(""));
}

/** The tail program. */
export function tail(ctx: ProgramContext): number | ProcessBody {
  const opts = parse(ctx.argv, 10);
  const text = read(ctx, opts.file);
  if (text === undefined) return 1;
  const all = lines(text);
  const status = writeOut(ctx, all.slice(Math.max(0, all.length - opts.count)).join(""));
  return opts.isFollow && opts.file !== undefined ? follow(ctx, opts.file, text.length) : status;
}

function* follow(ctx: ProgramContext, file: string, seen: number): ProcessBody {
  let offset = seen;
  for (;;) {
    yield { kind: "sleep", untilMs: ctx.host.kernel.nowMs + 1000 };
    let text: string;
    try {
      text = ctx.host.fs.readFile(file, ctx.cwd);
    } catch {
      continue;
    }
    if (text.length < offset) offset = 0;
    if (text.length > offset) writeOut(ctx, text.slice(offset));
    offset = text.length;
  }
}

function parse(argv: string[], fallback: number): Parsed {
  const parsed: Parsed = { count: fallback, isFollow: false, file: undefined };
  for (let i = 1; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "-n") parsed.count = Number(argv[++i] ?? fallback);
    else if (/^-n\d+$/.test(arg)) parsed.count = Number(arg.slice(2));
    else if (/^-\d+$/.test(arg)) parsed.count = Number(arg.slice(1));
    else if (arg === "-f" || arg === "-F") parsed.isFollow = true;
    else parsed.file = arg;
  }
  if (!Number.isFinite(parsed.count) || parsed.count < 0) parsed.count = fallback;
  return parsed;
}

function read(ctx: ProgramContext, file: string | undefined): string | undefined {
  if (file === undefined || file === "-") return ctx.stdio.stdin.readAll();
  try {
    return ctx.host.fs.readFile(file, ctx.cwd);
  } catch (caught) {
    const why = reason(caught);
    failFlavored(ctx, `can't open '${file}': ${why}`, `cannot open '${file}' for reading: ${why}`);
    return undefined;
  }
}

/** Splits text into lines that keep their newline. Pure. */
export function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Error texts of file tools, which busybox and GNU coreutils word differently. */
import { asVfsError, strerror } from "../vfs/vfs-error.ts";
import { fail, type ProgramContext } from "./program.ts";

/** Prints `prog: MESSAGE` choosing the busybox or GNU wording; returns 1. */
export function failFlavored(ctx: ProgramContext, busybox: string, gnu: string): number {
  return fail(ctx, ctx.host.flavor === "gnu" ? gnu : busybox);
}

/** The strerror text of a caught VfsError (rethrows anything else). */
export function reason(caught: unknown): string {
  return strerror[asVfsError(caught).code];
}

const noFlags: ReadonlySet<string> = new Set();

/** Splits argv into single-letter flags and operands (`--` ends flags). Pure. */
export function splitFlags(argv: string[]): { flags: ReadonlySet<string>; operands: string[] } {
  // Most calls (a probe's `cat /tmp/healthy`) have no flag at all: no Set needs making.
  if (!hasFlagLike(argv)) return { flags: noFlags, operands: argv.slice(1) };
  const flags = new Set<string>();
  const operands: string[] = [];
  let isDone = false;
  for (const arg of argv.slice(1)) {
    if (!isDone && arg === "--") isDone = true;
    else if (!isDone && arg.startsWith("-") && arg.length > 1) for (const ch of arg.slice(1)) flags.add(ch);
    else operands.push(arg);
  }
  return { flags, operands };
}

function hasFlagLike(argv: string[]): boolean {
  for (let i = 1; i < argv.length; i += 1) if (argv[i]!.startsWith("-")) return true;
  return false;
}

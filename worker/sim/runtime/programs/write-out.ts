/** Writing a program's output, turning a failed write into the tool's error and status 1. */
import { strerror } from "../vfs/vfs-error.ts";
import { fail, type ProgramContext } from "./program.ts";

/** Writes to stdout; on failure prints `prog: write error: REASON` and returns 1, else 0. */
export function writeOut(ctx: ProgramContext, text: string): number {
  const error = ctx.stdio.stdout.write(text);
  return error === undefined ? 0 : fail(ctx, `write error: ${strerror[error]}`);
}

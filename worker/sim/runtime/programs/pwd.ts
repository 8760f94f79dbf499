/** `pwd`: the working directory. */
import type { ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** The pwd program/builtin. */
export function pwd(ctx: ProgramContext): number {
  return writeOut(ctx, `${ctx.cwd}\n`);
}

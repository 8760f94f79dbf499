/** `mkdir [-p] DIR...`. */
import { failFlavored, reason, splitFlags } from "./fs-messages.ts";
import { fail, type ProgramContext } from "./program.ts";

/** The mkdir program. */
export function mkdir(ctx: ProgramContext): number {
  const { flags, operands } = splitFlags(ctx.argv.filter((arg, i) => i === 0 || !/^-m/.test(arg)));
  if (operands.length === 0) return fail(ctx, "missing operand");
  let status = 0;
  for (const dir of operands) {
    try {
      if (flags.has("p")) makeParents(ctx, dir);
      else ctx.host.fs.mkdir(dir, ctx.cwd);
    } catch (caught) {
      const why = reason(caught);
      status = failFlavored(ctx, `can't create directory '${dir}': ${why}`, `cannot create directory '${dir}': ${why}`);
    }
  }
  return status;
}

function makeParents(ctx: ProgramContext, dir: string): void {
  const fs = ctx.host.fs;
  const parts = dir.split("/");
  for (let i = 1; i <= parts.length; i += 1) {
    const prefix = parts.slice(0, i).join("/");
    if (prefix === "" || fs.exists(prefix, ctx.cwd)) continue;
    fs.mkdir(prefix, ctx.cwd);
  }
  if (fs.stat(dir, ctx.cwd).kind !== "dir") fs.mkdir(dir, ctx.cwd);
}

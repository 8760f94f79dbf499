/** `touch FILE...`: creates missing files, updates times (`-c`: do not create). */
import { failFlavored, reason, splitFlags } from "./fs-messages.ts";
import { fail, type ProgramContext } from "./program.ts";

/** The touch program. */
export function touch(ctx: ProgramContext): number {
  const { flags, operands } = splitFlags(ctx.argv);
  if (operands.length === 0) return fail(ctx, "missing file operand");
  const fs = ctx.host.fs;
  let status = 0;
  for (const file of operands) {
    try {
      const at = fs.resolve(file, ctx.cwd);
      if (at.node !== undefined) {
        if (at.mount?.isReadOnly) fs.openWrite(file, ctx.cwd, true);
        fs.touch(file, ctx.cwd);
      } else if (!flags.has("c")) fs.openWrite(file, ctx.cwd, true);
    } catch (caught) {
      const why = reason(caught);
      status = failFlavored(ctx, `${file}: ${why}`, `cannot touch '${file}': ${why}`);
    }
  }
  return status;
}

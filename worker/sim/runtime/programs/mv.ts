/** `mv SRC... DEST`: rename, or copy and remove across mounts (EXDEV). */
import { cloneTree } from "../vfs/fs-node.ts";
import { asVfsError } from "../vfs/vfs-error.ts";
import { basename } from "./cp.ts";
import { failFlavored, reason, splitFlags } from "./fs-messages.ts";
import { fail, type ProgramContext } from "./program.ts";
import { removeTree } from "./rm.ts";

/** The mv program. */
export function mv(ctx: ProgramContext): number {
  const { operands } = splitFlags(ctx.argv);
  if (operands.length < 2) return fail(ctx, "missing file operand");
  const fs = ctx.host.fs;
  const dest = operands[operands.length - 1]!;
  const isDirDest = fs.exists(dest, ctx.cwd) && fs.stat(dest, ctx.cwd).kind === "dir";
  let status = 0;
  for (const src of operands.slice(0, -1)) {
    const target = isDirDest ? `${dest.replace(/\/+$/, "")}/${basename(src)}` : dest;
    try {
      try {
        fs.rename(src, target, ctx.cwd);
      } catch (caught) {
        if (asVfsError(caught).code !== "EXDEV") throw caught;
        fs.place(target, ctx.cwd, cloneTree(fs.lstat(src, ctx.cwd)));
        removeTree(fs, src, ctx.cwd);
      }
    } catch (caught) {
      const why = reason(caught);
      status = failFlavored(ctx, `can't rename '${src}': ${why}`, `cannot move '${src}' to '${target}': ${why}`);
    }
  }
  return status;
}

/** `rm [-rRf] FILE...`. */
import type { ContainerFs } from "../vfs/container-fs.ts";
import { failFlavored, reason, splitFlags } from "./fs-messages.ts";
import { fail, type ProgramContext } from "./program.ts";

/** The rm program. */
export function rm(ctx: ProgramContext): number {
  const { flags, operands } = splitFlags(ctx.argv);
  const isForce = flags.has("f");
  const isRecursive = flags.has("r") || flags.has("R");
  if (operands.length === 0) return isForce ? 0 : fail(ctx, "missing operand");
  let status = 0;
  for (const file of operands) {
    try {
      const node = ctx.host.fs.lstat(file, ctx.cwd);
      if (node.kind === "dir" && !isRecursive) {
        status = failFlavored(ctx, `'${file}' is a directory`, `cannot remove '${file}': Is a directory`);
        continue;
      }
      removeTree(ctx.host.fs, file, ctx.cwd);
    } catch (caught) {
      const why = reason(caught);
      if (isForce && why === "No such file or directory") continue;
      status = failFlavored(ctx, `can't remove '${file}': ${why}`, `cannot remove '${file}': ${why}`);
    }
  }
  return status;
}

/** Removes a file or a whole directory tree; throws VfsError on the first failure. */
export function removeTree(fs: ContainerFs, path: string, cwd: string): void {
  const node = fs.lstat(path, cwd);
  if (node.kind !== "dir") {
    fs.unlink(path, cwd);
    return;
  }
  for (const name of fs.readdir(path, cwd)) removeTree(fs, `${path}/${name}`, cwd);
  fs.rmdir(path, cwd);
}

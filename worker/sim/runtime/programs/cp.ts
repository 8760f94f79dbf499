/** `cp [-rRapf] SRC... DEST`: into DEST when it is a directory, else to DEST. */
import { cloneTree } from "../vfs/fs-node.ts";
import { failFlavored, reason, splitFlags } from "./fs-messages.ts";
import { fail, type ProgramContext } from "./program.ts";

/** The cp program. */
export function cp(ctx: ProgramContext): number {
  const { flags, operands } = splitFlags(ctx.argv);
  const isRecursive = flags.has("r") || flags.has("R") || flags.has("a");
  if (operands.length < 2) return fail(ctx, operands.length === 0 ? "missing file operand" : `missing destination file operand after '${operands[0]}'`);
  const dest = operands[operands.length - 1]!;
  const sources = operands.slice(0, -1);
  const fs = ctx.host.fs;
  const isDirDest = fs.exists(dest, ctx.cwd) && fs.stat(dest, ctx.cwd).kind === "dir";
  if (sources.length > 1 && !isDirDest) return failFlavored(ctx, `'${dest}' is not a directory`, `target '${dest}' is not a directory`);
  let status = 0;
  for (const src of sources) {
    let node;
    try {
      node = fs.stat(src, ctx.cwd);
    } catch (caught) {
      const why = reason(caught);
      status = failFlavored(ctx, `can't stat '${src}': ${why}`, `cannot stat '${src}': ${why}`);
      continue;
    }
    const target = isDirDest ? `${dest.replace(/\/+$/, "")}/${basename(src)}` : dest;
    if (node.kind === "dir" && !isRecursive) {
      status = failFlavored(ctx, `omitting directory '${src}'`, `-r not specified; omitting directory '${src}'`);
      continue;
    }
    try {
      if (node.kind === "file") {
        fs.writeFile(target, ctx.cwd, node.data);
        fs.chmod(target, ctx.cwd, node.mode, node.program);
      } else fs.place(target, ctx.cwd, cloneTree(node));
    } catch (caught) {
      const why = reason(caught);
      status = failFlavored(ctx, `can't create '${target}': ${why}`, `cannot create regular file '${target}': ${why}`);
    }
  }
  return status;
}

/** The last path component, ignoring trailing slashes. Pure. */
export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf("/") + 1) || "/";
}

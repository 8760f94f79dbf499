/** `ln -s TARGET LINK` (hard links are simulated as symbolic ones: the VFS has no inodes to share). */
import { basename } from "./cp.ts";
import { failFlavored, reason, splitFlags } from "./fs-messages.ts";
import { fail, type ProgramContext } from "./program.ts";

/** The ln program. */
export function ln(ctx: ProgramContext): number {
  const { flags, operands } = splitFlags(ctx.argv);
  if (operands.length === 0) return fail(ctx, "missing file operand");
  const target = operands[0]!;
  const fs = ctx.host.fs;
  let link = operands[1] ?? basename(target);
  if (fs.exists(link, ctx.cwd) && fs.stat(link, ctx.cwd).kind === "dir") link = `${link}/${basename(target)}`;
  try {
    if (flags.has("f") && fs.exists(link, ctx.cwd)) fs.unlink(link, ctx.cwd);
    fs.symlink(target, link, ctx.cwd);
    return 0;
  } catch (caught) {
    const why = reason(caught);
    return failFlavored(ctx, `${link}: ${why}`, `failed to create symbolic link '${link}': ${why}`);
  }
}

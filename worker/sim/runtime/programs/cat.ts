/** `cat [FILE...]` (`-` or none: stdin). */
import { strerror } from "../vfs/vfs-error.ts";
import { failFlavored, splitFlags } from "./fs-messages.ts";
import type { ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** The cat program. */
export function cat(ctx: ProgramContext): number {
  const { operands } = splitFlags(ctx.argv);
  let status = 0;
  for (const file of operands.length === 0 ? ["-"] : operands) {
    if (file === "-") {
      status ||= writeOut(ctx, ctx.stdio.stdin.readAll());
      continue;
    }
    const text = ctx.host.fs.tryReadFile(file, ctx.cwd);
    if (typeof text !== "string") {
      const why = strerror[text.code];
      status = why === "Is a directory"
        ? failFlavored(ctx, "read error: Is a directory", `${file}: Is a directory`)
        : failFlavored(ctx, `can't open '${file}': ${why}`, `${file}: ${why}`);
      continue;
    }
    status ||= writeOut(ctx, text);
  }
  return status;
}

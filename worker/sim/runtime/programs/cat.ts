/** `cat [FILE...]` (`-` or none: stdin). */
import { failFlavored, reason, splitFlags } from "./fs-messages.ts";
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
    let text: string;
    try {
      text = ctx.host.fs.readFile(file, ctx.cwd);
    } catch (caught) {
      const why = reason(caught);
      status = why === "Is a directory"
        ? failFlavored(ctx, "read error: Is a directory", `${file}: Is a directory`)
        : failFlavored(ctx, `can't open '${file}': ${why}`, `${file}: ${why}`);
      continue;
    }
    status ||= writeOut(ctx, text);
  }
  return status;
}

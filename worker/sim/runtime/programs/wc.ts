/** `wc [-lwc] [FILE...]`: counts; a single count from stdin prints just the number. */
import { failFlavored, reason, splitFlags } from "./fs-messages.ts";
import type { ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** The wc program. */
export function wc(ctx: ProgramContext): number {
  const { flags, operands } = splitFlags(ctx.argv);
  const picks = ["l", "w", "c"].filter((flag) => flags.has(flag));
  const columns = picks.length === 0 ? ["l", "w", "c"] : picks;
  let status = 0;
  let out = "";
  for (const file of operands.length === 0 ? [undefined] : operands) {
    let text: string;
    try {
      text = file === undefined ? ctx.stdio.stdin.readAll() : ctx.host.fs.readFile(file, ctx.cwd);
    } catch (caught) {
      const why = reason(caught);
      status = failFlavored(ctx, `can't open '${file}': ${why}`, `${file}: ${why}`);
      continue;
    }
    const counts: Record<string, number> = {
      l: (text.match(/\n/g) ?? []).length,
      w: text.split(/\s+/).filter((word) => word !== "").length,
      c: text.length,
    };
    const values = columns.map((column) => String(counts[column]));
    const cells = columns.length === 1 ? values : values.map((value) => value.padStart(7));
    out += `${cells.join(columns.length === 1 ? "" : " ")}${file === undefined ? "" : ` ${file}`}\n`;
  }
  return writeOut(ctx, out) || status;
}

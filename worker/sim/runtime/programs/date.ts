/** `date [-u] [+FORMAT]`: the virtual clock, always UTC (containers have no TZ set). */
import { monthNames, pad2, toCivil, weekdayNames } from "./civil-time.ts";
import type { ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** The date program. */
export function date(ctx: ProgramContext): number {
  const nowMs = ctx.host.epochMs + ctx.host.kernel.nowMs;
  const format = ctx.argv.slice(1).find((arg) => arg.startsWith("+"));
  return writeOut(ctx, `${formatDate(nowMs, format?.slice(1) ?? "%a %b %e %H:%M:%S %Z %Y")}\n`);
}

/** strftime for the conversions scripts use. Pure. */
export function formatDate(unixMs: number, format: string): string {
  const c = toCivil(unixMs);
  const fields: Record<string, string> = {
    Y: String(c.year), m: pad2(c.month), d: pad2(c.day), e: String(c.day).padStart(2), H: pad2(c.hour),
    M: pad2(c.minute), S: pad2(c.second), s: String(Math.floor(unixMs / 1000)), a: weekdayNames[c.weekday]!,
    b: monthNames[c.month - 1]!, Z: "UTC", z: "+0000", "%": "%", n: "\n", t: "\t",
    T: `${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)}`, F: `${c.year}-${pad2(c.month)}-${pad2(c.day)}`,
  };
  return format.replace(/%(.)/g, (all, key: string) => fields[key] ?? all);
}

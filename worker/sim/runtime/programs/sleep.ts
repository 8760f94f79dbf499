/**
 * `sleep DURATION...`: waits virtual time. Durations are numbers with optional s/m/h/d suffix and
 * fractions, summed; `infinity` waits until killed. Whole milliseconds, rounded up.
 */
import type { ProcessBody } from "../process/process.ts";
import { fail, type ProgramContext } from "./program.ts";

const unitMs: Record<string, number> = { "": 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** The sleep program. */
export function sleep(ctx: ProgramContext): number | ProcessBody {
  const args = ctx.argv.slice(1);
  if (args.length === 0) return fail(ctx, ctx.host.flavor === "gnu" ? "missing operand" : "usage: sleep N");
  let totalMs = 0;
  for (const arg of args) {
    const ms = parseDurationMs(arg);
    if (ms === undefined) return fail(ctx, ctx.host.flavor === "gnu" ? `invalid time interval '${arg}'` : `invalid number '${arg}'`);
    totalMs += ms;
  }
  return wait(ctx, totalMs);
}

function* wait(ctx: ProgramContext, totalMs: number): ProcessBody {
  if (totalMs === Infinity) for (;;) yield { kind: "pause" };
  yield { kind: "sleep", untilMs: ctx.host.kernel.nowMs + totalMs };
  return 0;
}

/** Milliseconds for `30`, `0.5`, `2m`, `infinity`; undefined when invalid. Pure. */
export function parseDurationMs(text: string): number | undefined {
  if (/^inf(inity)?$/i.test(text)) return Infinity;
  const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(text);
  if (match === null) return undefined;
  return Math.ceil(Number(match[1]) * unitMs[match[2]!]!);
}

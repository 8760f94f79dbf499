/**
 * `ps [ax]` in busybox's format (kubelet-semantics.md N2): header `PID   USER     TIME  COMMAND`,
 * PID right-aligned in 5, user left-aligned in 8, TIME right-aligned in 5, then the command line.
 * Lists the caller's PID namespace (all containers of the pod with shareProcessNamespace).
 */
import type { ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** The ps program (options are accepted and ignored, as busybox does for `ax`). */
export function ps(ctx: ProgramContext): number {
  const procs = [...ctx.proc.ns.processes.values()].sort((a, b) => a.pid - b.pid);
  let out = "PID   USER     TIME  COMMAND\n";
  for (const proc of procs) {
    out += `${String(proc.pid).padStart(5)} ${proc.user.padEnd(8)} ${"0:00".padStart(5)} ${proc.argv.join(" ")}\n`;
  }
  return writeOut(ctx, out);
}

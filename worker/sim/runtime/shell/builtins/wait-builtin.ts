/**
 * `wait [pid...]`: waits for background jobs. A trapped signal interrupts it with status
 * 128 + signal number, and the trap action then runs (POSIX 2.11).
 */
import type { Effect, Process, Resume } from "../../process/process.ts";
import { signalNumbers } from "../../process/signals.ts";
import { type ShellState, shellError } from "../shell-state.ts";

type Gen<T> = Generator<Effect, T, Resume>;

/** The wait builtin. */
export function* waitBuiltin(sh: ShellState, argv: string[]): Gen<number> {
  const targets: Process[] = [];
  for (const arg of argv.slice(1)) {
    const job = sh.jobs.find((candidate) => String(candidate.pid) === arg);
    if (job === undefined) {
      shellError(sh, `wait: pid ${arg} is not a child of this shell`);
      return 127;
    }
    targets.push(job);
  }
  const waited = targets.length > 0 ? targets : sh.jobs;
  let status = 0;
  for (const job of waited) {
    if (job.state !== "exited") {
      const why = yield { kind: "wait", child: job, isInterruptible: true };
      if (why === "signal") {
        const signal = sh.ctx.proc.pendingSignals[0];
        return signal === undefined ? 128 : 128 + signalNumbers[signal];
      }
    }
    status = job.exitCode ?? 0;
  }
  if (targets.length === 0) sh.jobs = sh.jobs.filter((job) => job.state !== "exited");
  return status;
}

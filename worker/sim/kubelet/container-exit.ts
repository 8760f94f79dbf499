// A container's main process exited (kubelet-semantics.md §8, R3 SIM): the instance is published
// terminated at that instant, its probes reset (P15), and a sync at the same instant decides the
// restart (doBackOff), so a restart without delay shows both snapshots. After a failed postStart
// the container shows PostStartHookError instead (K17).
import type { ExitRecord } from "../runtime/runtime-types.ts";
import type { KubeletContext } from "./kubelet-context.ts";
import type { ContainerRecord } from "./pod-state.ts";
import { progressTermination } from "./lifecycle/terminate-pod.ts";
import { updateReady } from "./start-container.ts";
import { StateReason } from "../vocab.ts";

/** containerd's reason (T5): OOMKilled after an OOM kill, else Completed for exit 0, Error otherwise. Pure. */
function terminatedReason(exit: ExitRecord): string {
  if (exit.isOomKilled) return StateReason.OOMKilled;
  return exit.exitCode === 0 ? StateReason.Completed : StateReason.Error;
}

/** Publishes the end of the record's current instance. */
export function onContainerExit(ctx: KubeletContext, record: ContainerRecord, exit: ExitRecord): void {
  record.isProcessRunning = false;
  record.instance = undefined;
  record.kill = undefined;
  record.started = false;
  for (const worker of Object.values(record.probes)) {
    worker.isInFlight = false;
    worker.process = undefined;
  }
  record.probes.readiness.result = "Failure";
  const termination = {
    exitCode: exit.exitCode, reason: terminatedReason(exit), message: undefined,
    startedAtMs: record.runningSinceMs, finishedAtMs: ctx.nowMs, containerId: record.containerId ?? "",
  };
  record.state = { kind: "terminated", ...termination };
  if (record.pendingWaiting !== undefined && ctx.state.deletion === undefined) {
    record.lastTermination = termination;
    record.state = { kind: "waiting", reason: record.pendingWaiting.reason, message: record.pendingWaiting.message };
  }
  updateReady(record);
  if (ctx.state.deletion !== undefined) {
    progressTermination(ctx);
    return;
  }
  ctx.schedule(ctx.nowMs, { kind: "sync" });
}

// spec.activeDeadlineSeconds (kubelet-semantics.md §9.4; kubernetes pkg/kubelet/active_deadline.go,
// kubelet.go SyncPod/SyncTerminatingPod): once the pod has been active for the deadline, counted
// from status.startTime, the kubelet's status says phase Failed with reason DeadlineExceeded, and
// the pod worker stops every container with the pod's terminationGracePeriodSeconds as a
// deletion would (preStop, stop signal, SIGKILL; regular and init containers together, sidecars
// after them). Nothing restarts; the pod object stays (it is not deleted).
//
// SIM: the real kubelet notices within its 1 s sync-loop tick; we act at exactly
// startTime + deadline. A pull or postStart hook in progress holds the pod worker inside SyncPod,
// so the check waits for it, looking again every second as the sync loop does. ShouldEvict
// records the Normal DeadlineExceeded event each time the kubelet generates the pod's status
// (kubectl folds them into `xN`); we emit it once.
import { isKubeletActive, type KubeletContext } from "./kubelet-context.ts";
import { killContainer } from "./lifecycle/kill-container.ts";
import type { PodState } from "./pod-state.ts";
import { recordsOf } from "./status/pod-view.ts";
import { EventObject, Message, Reason } from "../vocab.ts";

/**
 * SyncTerminatingPod publishes the Failed status before it stops the containers and the next one
 * only once killPod has waited for all of them: no container's end shows on its own meanwhile. Pure.
 */
export function isStatusHeld(state: PodState): boolean {
  if (state.statusReason === undefined || state.isTornDown) return false;
  for (const record of state.containers.values()) if (record.isProcessRunning || record.kill !== undefined) return true;
  return false;
}

/** Schedules the deadline check when the kubelet starts the pod (startTime is now). */
export function scheduleActiveDeadline(ctx: KubeletContext): void {
  const deadlineMs = ctx.state.pod.activeDeadlineMs;
  if (deadlineMs !== undefined) ctx.schedule(ctx.nowMs + deadlineMs, { kind: "activeDeadline" });
}

/** The sync loop's tick (kubelet.go syncLoopIteration). */
const syncLoopTickMs = 1000;

/** The deadline has passed: fail the pod and stop what runs. No-op once it is terminal or being deleted. */
export function onActiveDeadline(ctx: KubeletContext): void {
  const { state } = ctx;
  if (!isKubeletActive(state) || state.terminalPhase !== undefined || state.deletion !== undefined) return;
  if (state.startLoop.waitingOn !== undefined) {
    ctx.schedule(ctx.nowMs + syncLoopTickMs, { kind: "activeDeadline" });
    return;
  }
  state.statusReason = { reason: Reason.DeadlineExceeded, message: Message.deadlineExceeded };
  state.terminalPhase = "Failed";
  state.isFinishing = true;
  state.startLoop.queue = [];
  ctx.emit("Normal", Reason.DeadlineExceeded, EventObject.pod(state.pod.name), Message.deadlineExceeded);
  const graceMs = state.pod.terminationGraceSeconds * 1000;
  const { init, regular } = recordsOf(state);
  // Sidecars are stopped by settlePod once these have stopped (I8, T2).
  for (const record of [...init.filter((item) => item.spec.kind === "init"), ...regular]) {
    killContainer(ctx, record, "activeDeadline", Message.stopping(record.spec.name), graceMs);
  }
}

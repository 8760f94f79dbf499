// Graceful pod deletion (kubelet-semantics.md T1, T2, T6, T7, I8): regular containers are
// stopped in parallel, sidecars after them one at a time in reverse spec order, each with what is
// left of the pod's grace period (at least 2 s); nothing restarts. When every container has
// stopped the sandbox goes, the phase becomes terminal and the pod object is gone.
import type { KubeletContext } from "../kubelet-context.ts";
import type { ContainerRecord } from "../pod-state.ts";
import { recordsOf } from "../status/pod-view.ts";
import { terminatePodStatuses } from "../status/terminate-pod-status.ts";
import { Message } from "../../vocab.ts";
import { killContainer } from "./kill-container.ts";

/** kubectl delete at ctx.nowMs. */
export function deletePod(ctx: KubeletContext): void {
  const { state } = ctx;
  if (state.isGone) return;
  if (state.startTimeMs === undefined) {
    state.isGone = true;
    return;
  }
  state.deletion = { atMs: ctx.nowMs, graceMs: state.pod.terminationGraceSeconds * 1000 };
  if (state.isNodeDown) return;
  if (state.isTornDown) {
    state.isGone = true;
    return;
  }
  state.startLoop.queue = [];
  progressTermination(ctx);
}

/** Stops whatever should stop next; finishes the pod once nothing runs. */
export function progressTermination(ctx: KubeletContext): void {
  const { state } = ctx;
  const deletion = state.deletion;
  if (deletion === undefined || state.isGone || state.isNodeDown) return;
  const graceMs = Math.max(deletion.graceMs - (ctx.nowMs - deletion.atMs), 2000);
  const { init, regular } = recordsOf(state);
  for (const record of regular) stop(ctx, record, graceMs);
  if (regular.some(isBusy)) return;
  if (stopLastSidecar(ctx, init, graceMs)) return;
  const isAllSucceeded = regular.every((record) => record.state.kind === "terminated" && record.state.exitCode === 0);
  state.terminalPhase ??= isAllSucceeded ? "Succeeded" : "Failed";
  tearDown(ctx);
  state.isGone = true;
}

/** Stops the last running sidecar in spec order, one at a time; false when none is left. */
export function stopLastSidecar(ctx: KubeletContext, init: readonly ContainerRecord[], graceMs: number): boolean {
  const running = init.filter((record) => record.spec.kind === "sidecar" && isBusy(record));
  const last = running[running.length - 1];
  if (last === undefined) return false;
  stop(ctx, last, graceMs);
  return true;
}

/** The sandbox is stopped: PodReadyToStartContainers becomes False (T6); TerminatePod's statuses. */
export function tearDown(ctx: KubeletContext): void {
  const { state } = ctx;
  if (state.isTornDown) return;
  terminatePodStatuses(state);
  if (state.sandbox !== undefined) ctx.rt.removeSandbox(state.sandbox);
  state.isTornDown = true;
}

function stop(ctx: KubeletContext, record: ContainerRecord, graceMs: number): void {
  killContainer(ctx, record, "deletion", Message.stopping(record.spec.name), graceMs);
}

function isBusy(record: ContainerRecord): boolean {
  return record.isProcessRunning || record.kill !== undefined;
}

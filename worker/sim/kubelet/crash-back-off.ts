// doBackOff (kuberuntime_manager.go): before restarting an exited container the kubelet checks
// the most recently exited instance against the container's back-off entry (R2, R3 SIM).
import { isInBackOffSince, nextBackOff } from "./backoff.ts";
import { goDuration } from "./go-duration.ts";
import { type KubeletContext, objectOf, podRef } from "./kubelet-context.ts";
import type { ContainerRecord } from "./pod-state.ts";
import { Message, Reason, StateReason } from "../vocab.ts";

/** Whether the restart policy restarts a container that exited with `exitCode` (R1). Pure. */
export function shouldRestart(policy: "Always" | "OnFailure" | "Never", record: ContainerRecord, exitCode: number): boolean {
  if (record.spec.kind === "sidecar") return true;
  if (policy === "Always") return record.spec.kind !== "init" || exitCode !== 0;
  if (policy === "OnFailure") return exitCode !== 0;
  return false;
}

/** The finish time of the most recent exited instance, if any. Pure. */
export function lastFinishMs(record: ContainerRecord): number | undefined {
  if (record.state.kind === "terminated") return record.state.finishedAtMs;
  return record.lastTermination?.finishedAtMs;
}

/**
 * May the exited container start again now? If not, it waits in CrashLoopBackOff: the state,
 * one BackOff event per wait, and a sync at the end of the wait.
 */
export function mayRestartNow(ctx: KubeletContext, record: ContainerRecord): boolean {
  if (record.isRestartApproved) {
    record.isRestartApproved = false;
    return true;
  }
  const finishedAtMs = lastFinishMs(record);
  if (finishedAtMs === undefined) return true;
  if (isInBackOffSince(record.crashBackOff, finishedAtMs, ctx.nowMs)) {
    const delayMs = record.crashBackOff!.delayMs;
    const untilMs = finishedAtMs + delayMs;
    if (record.backOffUntilMs !== untilMs) enterCrashLoopBackOff(ctx, record, delayMs, untilMs);
    return false;
  }
  record.crashBackOff = nextBackOff(record.crashBackOff, finishedAtMs, ctx.nowMs);
  record.backOffUntilMs = undefined;
  return true;
}

function enterCrashLoopBackOff(ctx: KubeletContext, record: ContainerRecord, delayMs: number, untilMs: number): void {
  const name = record.spec.name;
  const ref = podRef(ctx.state);
  if (record.state.kind === "terminated") record.lastTermination = { ...record.state };
  record.state = { kind: "waiting", reason: StateReason.CrashLoopBackOff, message: Message.crashBackOffWaiting(goDuration(delayMs), name, ref) };
  record.pendingWaiting = undefined;
  record.backOffUntilMs = untilMs;
  ctx.emit("Warning", Reason.BackOff, objectOf(record), Message.crashBackOff(name, ref));
  ctx.schedule(untilMs, { kind: "sync" });
}

// killContainer (kuberuntime_container.go; kubelet-semantics.md T2, K18): Killing first, then
// preStop (bounded by the grace period), then the image's stop signal with the remaining grace
// (grace − whole seconds the hook took, at least 2 s), then SIGKILL if the process is still there.
import { type KubeletContext, objectOf } from "../kubelet-context.ts";
import type { ContainerRecord, KillCause } from "../pod-state.ts";
import { Message, Reason } from "../../vocab.ts";
import { runHook } from "./run-hook.ts";

/** minimumGracePeriodInSeconds of the kubelet. */
const minimumGraceMs = 2000;

/** Starts stopping the record's running instance; no-op if it is not running or already stopping. */
export function killContainer(ctx: KubeletContext, record: ContainerRecord, cause: KillCause, message: string, graceMs: number): void {
  if (record.kill !== undefined || !record.isProcessRunning) return;
  ctx.emit("Normal", Reason.Killing, objectOf(record), message);
  record.kill = { cause, startedAtMs: ctx.nowMs, graceMs, isPreStopRunning: false, hookAttempt: 0 };
  const preStop = record.spec.preStop;
  if (preStop !== undefined && graceMs > 0) {
    record.kill.isPreStopRunning = true;
    runHook(ctx, record, "preStop", preStop);
    record.kill.hookAttempt = record.hookAttempt;
    ctx.schedule(ctx.nowMs + graceMs, { kind: "hookDone", container: record.spec.name, hook: "preStop", attempt: record.hookAttempt, isSuccess: true, detail: "", isGraceExpiry: true });
    return;
  }
  signalStop(ctx, record);
}

/** preStop finished (or the grace ran out): FailedPreStopHook on failure, then the stop signal. */
export function preStopDone(ctx: KubeletContext, record: ContainerRecord, isSuccess: boolean): void {
  const kill = record.kill;
  if (kill === undefined || !kill.isPreStopRunning) return;
  kill.isPreStopRunning = false;
  if (!isSuccess) ctx.emit("Warning", Reason.FailedPreStopHook, objectOf(record), Message.preStopFailed);
  signalStop(ctx, record);
}

function signalStop(ctx: KubeletContext, record: ContainerRecord): void {
  const kill = record.kill!;
  const hookSeconds = Math.floor((ctx.nowMs - kill.startedAtMs) / 1000);
  const remainingMs = Math.max(kill.graceMs - hookSeconds * 1000, minimumGraceMs);
  if (record.instance === undefined || !record.isProcessRunning) return;
  ctx.rt.stop(record.instance);
  ctx.schedule(ctx.nowMs + remainingMs, { kind: "sigkill", container: record.spec.name, instance: record.instances });
}

/** The grace period ran out: SIGKILL if the same instance is still running (exit 137). */
export function onSigkill(ctx: KubeletContext, record: ContainerRecord, instance: number): void {
  if (record.instances !== instance || !record.isProcessRunning || record.instance === undefined) return;
  ctx.rt.signal(record.instance, "KILL");
}

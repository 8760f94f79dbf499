// What a probe result does (prober/worker.go doProbe; kubelet-semantics.md P5, P10–P14, P17):
// every failed attempt is an Unhealthy event; the reported result changes only after
// failureThreshold / successThreshold consecutive attempts; a reported liveness or startup
// failure puts the worker on hold and kills the container.
import { isInBackOffSince, nextBackOff } from "../backoff.ts";
import { type KubeletContext, objectOf } from "../kubelet-context.ts";
import { killContainer } from "../lifecycle/kill-container.ts";
import { type ContainerRecord, probeField, type ProbeKind } from "../pod-state.ts";
import { afterStarted, updateReady } from "../start-container.ts";
import { Message, type ProbeType, Reason } from "../../vocab.ts";

const typeNames: Record<ProbeKind, ProbeType> = { liveness: "Liveness", readiness: "Readiness", startup: "Startup" };

/**
 * The attempt could not run at all (the runtime refused the exec): `TYPE probe errored: ERR` and
 * the result is thrown away, so the counters and the reported result stay as they were (P5).
 */
export function probeErrored(ctx: KubeletContext, record: ContainerRecord, kind: ProbeKind, error: string): void {
  const worker = record.probes[kind];
  worker.isInFlight = false;
  worker.process = undefined;
  const message = Message.probeErrored(typeNames[kind], error);
  ctx.emit("Warning", Reason.Unhealthy, objectOf(record), message);
  ctx.probeRun(record, kind, "error", message);
}

/** Records the outcome of attempt `attempt`; stale attempts (a newer one started, or the instance is gone) are dropped. */
export function finishProbe(ctx: KubeletContext, record: ContainerRecord, kind: ProbeKind, attempt: number, isSuccess: boolean, output: string): void {
  const worker = record.probes[kind];
  if (!worker.isInFlight || worker.attempt !== attempt) return;
  worker.isInFlight = false;
  worker.process = undefined;
  if (record.state.kind !== "running" || !record.isProcessRunning) return;
  const result = isSuccess ? "Success" : "Failure";
  if (isSuccess) ctx.probeRun(record, kind, "success", "");
  else {
    const message = Message.probeFailed(typeNames[kind], output);
    ctx.emit("Warning", Reason.Unhealthy, objectOf(record), message);
    ctx.probeRun(record, kind, "failure", message);
  }
  if (worker.lastAttempt === result) worker.run++;
  else {
    worker.lastAttempt = result;
    worker.run = 1;
  }
  const probe = record.spec[probeField[kind]]!;
  if (worker.run < (isSuccess ? probe.successThreshold : probe.failureThreshold)) return;
  if (worker.result !== result) ctx.state.probeRevision++;
  worker.result = result;
  if (kind === "readiness") {
    updateReady(record);
    return;
  }
  if (isSuccess) {
    if (kind === "startup" && !record.started) {
      record.started = true;
      updateReady(record);
      afterStarted(ctx, record);
    }
    return;
  }
  worker.isOnHold = true;
  worker.run = 0;
  probeKill(ctx, record, kind === "startup" ? "startup" : "liveness", probe.terminationGraceSeconds);
}

/** Kills after a liveness/startup failure; the restart decision uses the previous instance (P13, P17). */
function probeKill(ctx: KubeletContext, record: ContainerRecord, kind: "liveness" | "startup", probeGraceSeconds: number | undefined): void {
  const { state } = ctx;
  const willRestart = record.spec.kind === "sidecar" || state.pod.restartPolicy !== "Never";
  if (willRestart) {
    const previousFinishMs = record.lastTermination?.finishedAtMs;
    if (previousFinishMs === undefined) record.isRestartApproved = true;
    else if (!isInBackOffSince(record.crashBackOff, previousFinishMs, ctx.nowMs)) {
      record.crashBackOff = nextBackOff(record.crashBackOff, previousFinishMs, ctx.nowMs);
      record.isRestartApproved = true;
    }
  }
  const name = record.spec.name;
  const message = kind === "liveness" ? Message.failedLiveness(name, willRestart) : Message.failedStartup(name, willRestart);
  const graceSeconds = probeGraceSeconds ?? state.pod.terminationGraceSeconds;
  killContainer(ctx, record, kind, message, graceSeconds * 1000);
}

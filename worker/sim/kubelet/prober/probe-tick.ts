// The probe workers' schedule (kubelet-semantics.md P6–P8, P12, P15, P16). SIM: one worker per
// (container, probe) starts when the kubelet first syncs the pod, T_sync; it ticks at
// T_sync + k·periodSeconds and probes when the container is published running, its
// floor(now − startedAt) ≥ initialDelaySeconds, and the startup gate allows. Readiness also runs
// once when a container has started, if its initial delay is 0 (P7).
import { isKubeletActive, type KubeletContext, recordOf } from "../kubelet-context.ts";
import { type ContainerRecord, probeField, type ProbeKind } from "../pod-state.ts";
import { runProbe } from "./run-probe.ts";

const kinds: readonly ProbeKind[] = ["startup", "liveness", "readiness"];

/** Starts the workers of every container with probes: the first tick is now. */
export function startProbeWorkers(ctx: KubeletContext): void {
  for (const record of ctx.state.containers.values()) {
    for (const kind of kinds) {
      if (record.spec[probeField[kind]] !== undefined) ctx.schedule(ctx.nowMs, { kind: "probe", container: record.spec.name, probe: kind });
    }
  }
}

/** One tick: schedule the next, then probe if due. Workers stop when the pod is finished. */
export function onProbeTick(ctx: KubeletContext, name: string, kind: ProbeKind): void {
  const { state } = ctx;
  if (!isKubeletActive(state) || state.terminalPhase !== undefined) return;
  const record = recordOf(state, name);
  ctx.schedule(ctx.nowMs + record.spec[probeField[kind]]!.periodMs, { kind: "probe", container: name, probe: kind });
  attemptProbe(ctx, record, kind);
}

/** P7: readiness runs at once when a container has started and its initial delay is 0. */
export function runReadinessOnStart(ctx: KubeletContext, record: ContainerRecord): void {
  if (record.spec.readinessProbe?.initialDelayMs === 0) attemptProbe(ctx, record, "readiness");
}

function attemptProbe(ctx: KubeletContext, record: ContainerRecord, kind: ProbeKind): void {
  const worker = record.probes[kind];
  const probe = record.spec[probeField[kind]]!;
  if (worker.isInFlight || worker.isOnHold) return;
  if (record.state.kind !== "running" || !record.isProcessRunning || record.kill !== undefined && kind !== "readiness") return;
  if (ctx.state.deletion !== undefined && kind !== "readiness") return;
  if (kind === "startup" ? record.started : !record.started) return;
  if (Math.floor((ctx.nowMs - record.runningSinceMs) / 1000) * 1000 < probe.initialDelayMs) return;
  runProbe(ctx, record, kind);
}

// After every step, the kubelet's end-of-life rules for a pod that is not being deleted: once
// every regular container is done for good (restartPolicy not Always), sidecars are stopped
// (I8); a Succeeded/Failed phase is published once and kept (§9.1), and the sandbox is torn down
// when nothing runs any more (T6).
import { shouldRestart } from "./crash-back-off.ts";
import { isKubeletActive, type KubeletContext } from "./kubelet-context.ts";
import { stopLastSidecar, tearDown } from "./lifecycle/terminate-pod.ts";
import type { ContainerRecord } from "./pod-state.ts";
import { currentPhase, recordsOf } from "./status/pod-view.ts";

/** Applies the rules above at ctx.nowMs. */
export function settlePod(ctx: KubeletContext): void {
  const { state } = ctx;
  if (!isKubeletActive(state) || state.deletion !== undefined) return;
  const records = recordsOf(state);
  const { init, regular } = records;
  const graceMs = state.pod.terminationGraceSeconds * 1000;
  if (state.terminalPhase === undefined) {
    if (state.pod.restartPolicy !== "Always" && regular.every((record) => isDoneForGood(ctx, record))) {
      state.isFinishing = true;
      if (stopLastSidecar(ctx, init, graceMs)) return;
    }
    const phase = currentPhase(state, records);
    if (phase !== "Succeeded" && phase !== "Failed") return;
    state.terminalPhase = phase;
    state.isFinishing = true;
  }
  // Sidecars stop only after the other containers (T2): an active deadline stops those first.
  if ([...init, ...regular].some((record) => record.spec.kind !== "sidecar" && isBusy(record))) return;
  if (stopLastSidecar(ctx, init, graceMs)) return;
  for (const record of state.containers.values()) if (isBusy(record)) return;
  tearDown(ctx);
}

function isBusy(record: ContainerRecord): boolean {
  return record.isProcessRunning || record.kill !== undefined;
}

function isDoneForGood(ctx: KubeletContext, record: ContainerRecord): boolean {
  if (record.state.kind !== "terminated" || record.isProcessRunning || record.isRestartApproved) return false;
  return !shouldRestart(ctx.state.pod.restartPolicy, record, record.state.exitCode);
}

// One kubelet sync of the pod (kubelet-semantics.md §4.1, K1–K4; computePodActions): volumes,
// then the sandbox, then the next init container or every app container that needs starting, in
// spec order, through the start loop. A sync never waits: pulls and hooks finish as later tasks.
import { lastFinishMs, mayRestartNow, shouldRestart } from "./crash-back-off.ts";
import { isKubeletActive, type KubeletContext } from "./kubelet-context.ts";
import { replaceDeadSandbox } from "./sandbox-changed.ts";
import { continueStartLoop } from "./start-container.ts";
import type { ContainerRecord } from "./pod-state.ts";
import { recordsOf } from "./status/pod-view.ts";
import { setUpVolumes } from "./volumes/set-up-volumes.ts";

/** SIM latency of pause container + network set-up (§0.4). */
const sandboxCreationMs = 1000;

/** Runs one sync at ctx.nowMs. */
export function syncPod(ctx: KubeletContext): void {
  const { state } = ctx;
  if (!isKubeletActive(state) || state.deletion !== undefined || state.terminalPhase !== undefined || state.isFinishing) return;
  if (!state.areVolumesReady) {
    if (state.mountAttempts === 0) setUpVolumes(ctx);
    return;
  }
  if (state.isSandboxDead && !replaceDeadSandbox(ctx)) return;
  if (!state.isSandboxReady) {
    if (!state.isSandboxCreating) {
      state.isSandboxCreating = true;
      ctx.schedule(ctx.nowMs + sandboxCreationMs, { kind: "sandboxReady" });
    }
    return;
  }
  if (state.startLoop.waitingOn !== undefined) {
    state.startLoop.needsResync = true;
    return;
  }
  state.startLoop.queue = containersToStart(ctx);
  continueStartLoop(ctx);
}

function containersToStart(ctx: KubeletContext): string[] {
  const { state } = ctx;
  const { init, regular } = recordsOf(state);
  const sidecarRestarts: string[] = [];
  for (const record of init) {
    if (record.spec.kind === "init") {
      if (isInitDone(record)) continue;
      return isIdle(record) && needsStart(ctx, record) ? [record.spec.name] : [];
    }
    if (isBusy(record)) {
      if (!record.started) return [];
      continue;
    }
    if (hasEverStarted(record)) {
      if (needsStart(ctx, record)) sidecarRestarts.push(record.spec.name);
      continue;
    }
    return needsStart(ctx, record) ? [record.spec.name] : [];
  }
  return [...sidecarRestarts, ...regular.filter((record) => isIdle(record) && needsStart(ctx, record)).map((record) => record.spec.name)];
}

/** A regular init container that exited 0 is never run again (I2), unless its sandbox was replaced (I6). Pure. */
function isInitDone(record: ContainerRecord): boolean {
  return record.state.kind === "terminated" && record.state.exitCode === 0 && !record.isPurged;
}

function isBusy(record: ContainerRecord): boolean {
  return record.isProcessRunning || record.kill !== undefined;
}

function isIdle(record: ContainerRecord): boolean {
  return !isBusy(record);
}

function hasEverStarted(record: ContainerRecord): boolean {
  return record.lastTermination !== undefined || record.state.kind === "terminated";
}

/** Never created, purged with a dead sandbox, or exited and to be restarted now (R1, R2). */
function needsStart(ctx: KubeletContext, record: ContainerRecord): boolean {
  const finishedAtMs = lastFinishMs(record);
  if (record.instances === 0 || finishedAtMs === undefined) return true;
  const exitCode = record.state.kind === "terminated" ? record.state.exitCode : record.lastTermination!.exitCode;
  const isRestartable = record.isRestartApproved || record.isPurged || shouldRestart(ctx.state.pod.restartPolicy, record, exitCode);
  if (!isRestartable) return false;
  return mayRestartNow(ctx, record);
}

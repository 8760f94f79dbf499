// The READY, STATUS and RESTARTS columns of `kubectl get pods`, restated from printPod
// (kubernetes pkg/printers/internalversion/printers.go; kubelet-semantics.md §10).
import type { ContainerStatus } from "./container-status.ts";
import type { PodPhase } from "./get-phase.ts";

/** What printPod reads from a pod. Statuses are in status order (regular containers by name). */
export interface PrintPodInputs {
  phase: PodPhase;
  /** status.reason, e.g. Evicted or NodeLost; empty when unset. */
  reason: string;
  isBeingDeleted: boolean;
  isInitialized: boolean;
  isReady: boolean;
  /** How many init containers the spec lists. */
  initContainerCount: number;
  /** READY's total: regular containers plus sidecars in the spec (statuses may not exist yet, S7). */
  totalContainers: number;
  initStatuses: readonly ContainerStatus[];
  statuses: readonly ContainerStatus[];
}

/** The three columns, as kubectl prints them. */
export interface PodColumns {
  ready: string;
  status: string;
  restarts: number;
}

/** READY, STATUS and RESTARTS of one pod. Pure. */
export function printPod(pod: PrintPodInputs): PodColumns {
  let reason = pod.reason !== "" ? pod.reason : pod.phase;
  const total = pod.totalContainers;
  let ready = 0;
  let restarts = 0;
  let sidecarRestarts = 0;
  let isInitializing = false;

  for (const [index, status] of pod.initStatuses.entries()) {
    restarts += status.restartCount;
    if (status.isSidecar) sidecarRestarts += status.restartCount;
    const { state } = status;
    if (state.kind === "terminated" && state.exitCode === 0) continue;
    if (status.isSidecar && status.started) {
      if (status.ready) ready++;
      continue;
    }
    isInitializing = true;
    if (state.kind === "terminated") reason = `Init:${terminatedReason(state.reason, state.signal, state.exitCode)}`;
    else if (state.kind === "waiting" && state.reason !== "" && state.reason !== "PodInitializing") reason = `Init:${state.reason}`;
    else reason = `Init:${index}/${pod.initContainerCount}`;
    break;
  }

  if (!isInitializing || pod.isInitialized) {
    restarts = sidecarRestarts;
    let hasRunning = false;
    for (const status of [...pod.statuses].reverse()) {
      restarts += status.restartCount;
      const { state } = status;
      if (state.kind === "waiting" && state.reason !== "") reason = state.reason;
      else if (state.kind === "terminated") reason = terminatedReason(state.reason, state.signal, state.exitCode);
      else if (state.kind === "running" && status.ready) {
        ready++;
        hasRunning = true;
      }
    }
    if (reason === "Completed" && hasRunning) reason = pod.isReady ? "Running" : "NotReady";
  }

  if (pod.isBeingDeleted && pod.reason === "NodeLost") reason = "Unknown";
  else if (pod.isBeingDeleted && pod.phase !== "Succeeded" && pod.phase !== "Failed") reason = "Terminating";
  return { ready: `${ready}/${total}`, status: reason, restarts };
}

function terminatedReason(reason: string, signal: number, exitCode: number): string {
  if (reason !== "") return reason;
  return signal !== 0 ? `Signal:${signal}` : `ExitCode:${exitCode}`;
}

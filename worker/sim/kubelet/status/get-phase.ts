// The pod phase, restated from the kubelet's getPhase (pkg/kubelet/kubelet_pods.go) as small
// predicates; kubelet-semantics.md §9.1 gives the rules in order.
import { type ContainerStatus, isCompleted, isFreshWaiting, isStopped } from "./container-status.ts";

export type RestartPolicy = "Always" | "OnFailure" | "Never";
export type PodPhase = "Pending" | "Running" | "Succeeded" | "Failed";

interface Counts {
  running: number;
  stopped: number;
  succeeded: number;
  waiting: number;
}

/**
 * The phase of a pod from its container statuses. `isTerminal` is true once the pod is being
 * deleted or nothing in it will run again. The caller keeps a published Succeeded/Failed
 * (terminal phases are sticky). Pure.
 */
export function getPhase(
  restartPolicy: RestartPolicy,
  initStatuses: readonly ContainerStatus[],
  statuses: readonly ContainerStatus[],
  isTerminal: boolean,
): PodPhase {
  const regularInit = initStatuses.filter((status) => !status.isSidecar);
  const sidecars = initStatuses.filter((status) => status.isSidecar);
  if (restartPolicy === "Never" && regularInit.some(hasFailedInit)) return "Failed";

  const pendingInit = regularInit.some((status) => status.state.kind === "running" || isFreshWaiting(status));
  const hasStartedRegular = statuses.some((status) => status.state.kind !== "waiting" || status.lastExitCode !== null);
  const pendingSidecar = sidecars.some((status) => (status.state.kind === "running" && !status.started) || isFreshWaiting(status));
  const counts = countRegular([...statuses, ...sidecars.filter((status) => status.state.kind === "running")]);
  counts.waiting += sidecars.filter(isFreshWaiting).length;

  if (pendingInit || (pendingSidecar && !hasStartedRegular) || counts.waiting > 0) return "Pending";
  if (counts.running > 0) return "Running";
  if (counts.stopped === 0) return "Pending";
  const isAllSucceeded = counts.stopped === counts.succeeded;
  if (isTerminal) return isAllSucceeded ? "Succeeded" : "Failed";
  if (restartPolicy === "Always") return "Running";
  if (isAllSucceeded) return "Succeeded";
  return restartPolicy === "Never" ? "Failed" : "Running";
}

function hasFailedInit(status: ContainerStatus): boolean {
  if (status.state.kind === "terminated") return status.state.exitCode !== 0;
  return status.state.kind === "waiting" && status.lastExitCode !== null && status.lastExitCode !== 0;
}

function countRegular(statuses: readonly ContainerStatus[]): Counts {
  const counts: Counts = { running: 0, stopped: 0, succeeded: 0, waiting: 0 };
  for (const status of statuses) {
    if (status.state.kind === "running") counts.running++;
    else if (isStopped(status)) {
      counts.stopped++;
      if (isCompleted(status)) counts.succeeded++;
    } else counts.waiting++;
  }
  return counts;
}

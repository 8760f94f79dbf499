// The kubelet's view of one container, as the status manager publishes it: the current state,
// the last termination (lastState.terminated), and the flags. Phase, conditions and the kubectl
// columns are all derived from a list of these (kubernetes pkg/kubelet/kubelet_pods.go).

/** A container's current state. `reason` is the state reason of kubelet-semantics.md §9.3. */
export type ContainerState =
  | { kind: "waiting"; reason: string }
  | { kind: "running"; startedAtMs: number }
  | { kind: "terminated"; exitCode: number; reason: string; signal: number; finishedAtMs: number | undefined };

/** One entry of status.containerStatuses or status.initContainerStatuses. */
export interface ContainerStatus {
  name: string;
  /** An init container with restartPolicy Always (a native sidecar). */
  isSidecar: boolean;
  state: ContainerState;
  /** Exit code of the previous instance (lastState.terminated), or null if it never terminated. */
  lastExitCode: number | null;
  ready: boolean;
  started: boolean;
  restartCount: number;
}

/** A container's status before the kubelet has created it. */
export function waitingStatus(name: string, reason: string, isSidecar = false): ContainerStatus {
  return { name, isSidecar, state: { kind: "waiting", reason }, lastExitCode: null, ready: false, started: false, restartCount: 0 };
}

/** Waiting with no previous termination: never ran yet. */
export function isFreshWaiting(status: ContainerStatus): boolean {
  return status.state.kind === "waiting" && status.lastExitCode === null;
}

/** Terminated, or waiting to restart after a termination. */
export function isStopped(status: ContainerStatus): boolean {
  return status.state.kind === "terminated" || (status.state.kind === "waiting" && status.lastExitCode !== null);
}

/** Terminated with exit 0 (an init container that completed). */
export function isCompleted(status: ContainerStatus): boolean {
  return status.state.kind === "terminated" && status.state.exitCode === 0;
}

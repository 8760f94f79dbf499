// Kubernetes strings the simulator prints: event reasons (pkg/kubelet/events/event.go) and the
// message formats of kubelet-semantics.md §17, one named builder each. Baseline v1.31–v1.32 wording.

/** Event reasons, as named constants (pkg/kubelet/events/event.go and the scheduler/controllers). */
export const Reason = {
  Scheduled: "Scheduled",
  FailedScheduling: "FailedScheduling",
  Pulling: "Pulling",
  Pulled: "Pulled",
  Failed: "Failed",
  BackOff: "BackOff",
  ErrImageNeverPull: "ErrImageNeverPull",
  InspectFailed: "InspectFailed",
  Created: "Created",
  Started: "Started",
  Killing: "Killing",
  Unhealthy: "Unhealthy",
  FailedPostStartHook: "FailedPostStartHook",
  FailedPreStopHook: "FailedPreStopHook",
  FailedMount: "FailedMount",
  TaintManagerEviction: "TaintManagerEviction",
  NodeNotReady: "NodeNotReady",
  DeadlineExceeded: "DeadlineExceeded",
  SandboxChanged: "SandboxChanged",
} as const;

/** Container state reasons (kubelet-semantics.md §9.3). */
export const StateReason = {
  ContainerCreating: "ContainerCreating",
  PodInitializing: "PodInitializing",
  ErrImagePull: "ErrImagePull",
  ImagePullBackOff: "ImagePullBackOff",
  ErrImageNeverPull: "ErrImageNeverPull",
  InvalidImageName: "InvalidImageName",
  CreateContainerConfigError: "CreateContainerConfigError",
  CreateContainerError: "CreateContainerError",
  PostStartHookError: "PostStartHookError",
  CrashLoopBackOff: "CrashLoopBackOff",
  Completed: "Completed",
  Error: "Error",
  OOMKilled: "OOMKilled",
  StartError: "StartError",
} as const;

/** The probe kinds, as they start an Unhealthy message. */
export type ProbeType = "Liveness" | "Readiness" | "Startup";

/** Scheduled (S8) is built by the scheduler; these are the kubelet's and controllers' messages. */
export const Message = {
  pulling: (image: string) => `Pulling image "${image}"`,
  pulled: (image: string, duration: string, bytes: number) =>
    `Successfully pulled image "${image}" in ${duration} (${duration} including waiting). Image size: ${bytes} bytes.`,
  alreadyPresent: (image: string) => `Container image "${image}" already present on machine`,
  failedToPull: (image: string, error: string) => `Failed to pull image "${image}": ${error}`,
  error: (what: string) => `Error: ${what}`,
  backOffPulling: (image: string) => `Back-off pulling image "${image}"`,
  neverPull: (image: string) => `Container image "${image}" is not present with pull policy of Never`,
  created: (name: string) => `Created container ${name}`,
  started: (name: string) => `Started container ${name}`,
  stopping: (name: string) => `Stopping container ${name}`,
  failedLiveness: (name: string, willRestart: boolean) => `Container ${name} failed liveness probe${willRestart ? ", will be restarted" : ""}`,
  failedStartup: (name: string, willRestart: boolean) => `Container ${name} failed startup probe${willRestart ? ", will be restarted" : ""}`,
  killingPostStart: "FailedPostStartHook",
  crashBackOff: (name: string, podRef: string) => `Back-off restarting failed container ${name} in pod ${podRef}`,
  crashBackOffWaiting: (delay: string, name: string, podRef: string) => `back-off ${delay} restarting failed container=${name} pod=${podRef}`,
  probeFailed: (type: ProbeType, output: string) => `${type} probe failed: ${output}`,
  probeErrored: (type: ProbeType, error: string) => `${type} probe errored: ${error}`,
  execProbeError: (detail: string) =>
    `rpc error: code = Unknown desc = failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: ${detail}: unknown`,
  postStartFailed: "PostStartHook failed",
  preStopFailed: "PreStopHook failed",
  failedMount: (volume: string, error: string) => `MountVolume.SetUp failed for volume "${volume}" : ${error}`,
  nodeNotReady: "Node is not ready",
  markingForDeletion: (namespace: string, name: string) => `Marking for deletion Pod ${namespace}/${name}`,
  deadlineExceeded: "Pod was active on the node longer than the specified deadline",
  sandboxChanged: "Pod sandbox changed, it will be killed and re-created.",
} as const;

/** The contract's event objects. */
export const EventObject = {
  pod: (name: string) => `pod/${name}`,
  container: (name: string) => `spec.containers{${name}}`,
  initContainer: (name: string) => `spec.initContainers{${name}}`,
} as const;

/** kubectl's answer to an exec into a container that is not running (simulate-contract.md). */
export function execNotRunningError(container: string): string {
  return `error: unable to upgrade connection: container not found ("${container}")\n`;
}

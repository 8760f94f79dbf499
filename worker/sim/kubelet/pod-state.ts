// The world state of one simulated Pod: plain data the kubelet handlers read and update. Phase,
// conditions and the kubectl columns are not stored; status/ derives them from this.
import type { Pod } from "kubernetes-types/core/v1";
import type { Container, Sandbox } from "../runtime/container-runtime.ts";
import type { Process } from "../runtime/process/process.ts";
import type { BackOffEntry } from "./backoff.ts";
import type { EffectiveContainer, EffectivePod } from "./effective-spec.ts";

/** The three probe workers of a container. */
export type ProbeKind = "liveness" | "readiness" | "startup";

/** The spec field of each probe kind (a constant key: faster than building `${kind}Probe`). */
export const probeField = { liveness: "livenessProbe", readiness: "readinessProbe", startup: "startupProbe" } as const satisfies Record<ProbeKind, `${ProbeKind}Probe`>;

/**
 * A finished container instance (state.terminated / lastState.terminated). The times are
 * undefined (and the ID empty) for ContainerStatusUnknown, which the kubelet writes without them.
 */
export interface Termination {
  exitCode: number;
  reason: string;
  message: string | undefined;
  startedAtMs: number | undefined;
  finishedAtMs: number | undefined;
  containerId: string;
}

/** A container's published state. */
export type PublishedState =
  | { kind: "waiting"; reason: string; message: string | undefined }
  | { kind: "running"; startedAtMs: number }
  | ({ kind: "terminated" } & Termination);

/** One probe worker (pkg/kubelet/prober/worker.go): the reported result and the current run. */
export interface ProbeWorker {
  result: "Success" | "Failure" | "Unknown";
  lastAttempt: "Success" | "Failure" | "Unknown";
  run: number;
  isOnHold: boolean;
  /** Increments per attempt, so a late exit or timeout of an earlier attempt is ignored. */
  attempt: number;
  isInFlight: boolean;
  /** The exec of the attempt in flight, killed when it times out (P9). */
  process: Process | undefined;
}

/** Why the running instance is being stopped. */
export type KillCause = "liveness" | "startup" | "postStart" | "deletion" | "activeDeadline";

/** A kill in progress (lifecycle/kill-container.ts). */
export interface Kill {
  cause: KillCause;
  startedAtMs: number;
  graceMs: number;
  isPreStopRunning: boolean;
  hookAttempt: number;
}

/** Everything the kubelet knows about one container of the spec. */
export interface ContainerRecord {
  spec: EffectiveContainer;
  state: PublishedState;
  lastTermination: Termination | undefined;
  ready: boolean;
  started: boolean;
  restartCount: number;
  /** Instances created so far (the first is 1). */
  instances: number;
  containerId: string | undefined;
  /** Set once the image was resolved: the image and imageID fields of the status. */
  imageRef: string | undefined;
  imageId: string | undefined;
  instance: Container | undefined;
  /** The instance's process runs (it may not be published yet while postStart runs). */
  isProcessRunning: boolean;
  runningSinceMs: number;
  crashBackOff: BackOffEntry | undefined;
  /** The end of the current CrashLoopBackOff wait, while one is scheduled. */
  backOffUntilMs: number | undefined;
  /** A probe kill already decided to restart this container right after it stops (P17). */
  isRestartApproved: boolean;
  /** The message of a waiting reason the next sync keeps (PostStartHookError). */
  pendingWaiting: { reason: string; message: string } | undefined;
  kill: Kill | undefined;
  configError: string | undefined;
  /** An init container whose instances went with a dead sandbox: it runs again (K3, I6). */
  isPurged: boolean;
  probes: Record<ProbeKind, ProbeWorker>;
  hookAttempt: number;
}

/** Where the pod stands with the scheduler. */
export type Scheduling =
  | { kind: "pending" }
  | { kind: "unschedulable"; message: string }
  | { kind: "bound"; nodeName: string; viaScheduler: boolean }
  | { kind: "stuck" };

/** The container the start loop is waiting on (a pull or a postStart hook), and what is left. */
export interface StartLoop {
  queue: string[];
  waitingOn: { kind: "pull" | "hook"; container: string } | undefined;
  /** A sync came while the loop was waiting: sync again when it is done. */
  needsResync: boolean;
}

/** A pod deletion in progress. */
export interface Deletion {
  atMs: number;
  graceMs: number;
}

/** The whole simulated world of one pod on its node. */
export interface PodState {
  admitted: Pod;
  pod: EffectivePod;
  scheduling: Scheduling;
  startTimeMs: number | undefined;
  hostIp: string | undefined;
  areVolumesReady: boolean;
  mountAttempts: number;
  /** The runtime sandbox, made at volume set-up (the runtime mounts volumes into it). */
  sandbox: Sandbox | undefined;
  isSandboxCreating: boolean;
  /** The sandbox has networking: the pod IP is published (K3). */
  isSandboxReady: boolean;
  /** The sandbox's pause process died: the next sync decides whether to make a new one (K3). */
  isSandboxDead: boolean;
  /** Sandboxes made before the current one. */
  sandboxAttempt: number;
  podIp: string | undefined;
  containers: Map<string, ContainerRecord>;
  imagesOnNode: Set<string>;
  imageBackOff: Map<string, BackOffEntry & { isWaitReported: boolean }>;
  startLoop: StartLoop;
  deletion: Deletion | undefined;
  terminalPhase: "Succeeded" | "Failed" | undefined;
  /** status.reason and status.message, set when the kubelet fails the pod itself (DeadlineExceeded, §9.4). */
  statusReason: { reason: string; message: string } | undefined;
  /** The sandbox was torn down after every container stopped. */
  isTornDown: boolean;
  /** The pod object no longer exists (deletion finished). */
  isGone: boolean;
  /** Every regular container is done for good (not Always): sidecars are being stopped (I8). */
  isFinishing: boolean;
  isNodeDown: boolean;
  isNodeNotReady: boolean;
  isDisruptionTarget: boolean;
  /** Bumped when a probe result changes: the engine re-derives the status only after changes. */
  probeRevision: number;
  /** Times (ms) at which each condition type last changed status, for lastTransitionTime. */
  conditionTimes: Map<string, { status: string; atMs: number }>;
}

/** A probe worker before its first attempt (P11: readiness Failure, liveness Success, startup Unknown). */
export function newProbeWorker(kind: ProbeKind): ProbeWorker {
  const result = kind === "readiness" ? "Failure" : kind === "liveness" ? "Success" : "Unknown";
  return { result, lastAttempt: "Unknown", run: 0, isOnHold: false, attempt: 0, isInFlight: false, process: undefined };
}

/** A container record before the kubelet has created anything. */
export function newContainerRecord(spec: EffectiveContainer, defaultReason: string): ContainerRecord {
  return {
    spec, state: { kind: "waiting", reason: defaultReason, message: undefined }, lastTermination: undefined,
    ready: false, started: false, restartCount: 0, instances: 0, containerId: undefined, imageRef: undefined, imageId: undefined,
    instance: undefined, isProcessRunning: false, runningSinceMs: 0, crashBackOff: undefined, backOffUntilMs: undefined,
    isRestartApproved: false, pendingWaiting: undefined, kill: undefined, configError: undefined, isPurged: false,
    probes: { liveness: newProbeWorker("liveness"), readiness: newProbeWorker("readiness"), startup: newProbeWorker("startup") },
    hookAttempt: 0,
  };
}

/** The initial state of an admitted pod: created, not yet scheduled. */
export function newPodState(admitted: Pod, pod: EffectivePod): PodState {
  const defaultReason = pod.initContainers.length > 0 ? "PodInitializing" : "ContainerCreating";
  const containers = new Map<string, ContainerRecord>();
  for (const spec of [...pod.initContainers, ...pod.containers]) containers.set(spec.name, newContainerRecord(spec, defaultReason));
  return {
    admitted, pod, scheduling: { kind: "pending" }, startTimeMs: undefined, hostIp: undefined, areVolumesReady: false, mountAttempts: 0,
    sandbox: undefined, isSandboxCreating: false, isSandboxReady: false, isSandboxDead: false, sandboxAttempt: 0, podIp: undefined, containers, imagesOnNode: new Set(), imageBackOff: new Map(),
    startLoop: { queue: [], waitingOn: undefined, needsResync: false }, deletion: undefined, terminalPhase: undefined, statusReason: undefined, isTornDown: false, isGone: false,
    isFinishing: false, isNodeDown: false, isNodeNotReady: false, isDisruptionTarget: false, probeRevision: 0, conditionTimes: new Map(),
  };
}

/** Whether the kubelet has started on this pod (it writes container statuses from then on). */
export function isKubeletSyncing(state: PodState): boolean {
  return state.startTimeMs !== undefined;
}

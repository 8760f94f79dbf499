// What every kubelet handler works with: the pod's state, the node's container runtime, the
// cluster objects, the current virtual time, and the two ways to affect the world besides state:
// schedule a task for later and emit a Kubernetes event. The engine provides and owns all of it;
// handlers never advance the clock.
import type { Cluster } from "../cluster/cluster.ts";
import type { ContainerRuntime } from "../runtime/container-runtime.ts";
import type { Process } from "../runtime/process/process.ts";
import type { ContainerRecord, PodState, ProbeKind } from "./pod-state.ts";
import type { Task } from "./task.ts";
import { EventObject } from "../vocab.ts";

/** Who waits for an exec'd process: a probe attempt, a hook, or a --exec of the contract. */
export type ExecWaiter =
  | { purpose: "probe"; container: string; probe: ProbeKind; attempt: number }
  | { purpose: "hook"; container: string; hook: "postStart" | "preStop"; attempt: number }
  | { purpose: "user"; index: number };

/** The handlers' view of the engine. */
export interface KubeletContext {
  readonly state: PodState;
  readonly rt: ContainerRuntime;
  cluster: Cluster;
  /** The current virtual time in whole ms (set by the engine before each handler runs). */
  nowMs: number;
  schedule(atMs: number, task: Task): void;
  emit(type: "Normal" | "Warning", reason: string, object: string, message: string): void;
  /** Records a probe attempt whose result is taken (the timeline's probeRuns; no Kubernetes event). */
  probeRun(record: ContainerRecord, probe: ProbeKind, result: "success" | "failure" | "error", message: string): void;
  /** Records that a hook of the record's current instance started (the timeline's hookRuns). */
  hookStarted(record: ContainerRecord, hook: "postStart" | "preStop"): void;
  /** Records the outcome of the record's running hook, as the kubelet uses it. */
  hookEnded(record: ContainerRecord, outcome: "success" | "failure" | "timeout", message: string): void;
  /** Routes the exit of `proc` (an exec in runtime container `containerId`) to `waiter`. */
  watchExec(proc: Process, containerId: number, waiter: ExecWaiter): void;
}

/** The contract's event object of a container. Pure. */
export function objectOf(record: ContainerRecord): string {
  return record.spec.kind === "regular" ? EventObject.container(record.spec.name) : EventObject.initContainer(record.spec.name);
}

/** PODREF, the kubelet's way of writing a pod in messages: NAME_NS(UID) (§0.2). Pure. */
export function podRef(state: PodState): string {
  return `${state.pod.name}_${state.pod.namespace}(${state.pod.uid})`;
}

/** The record of a container, which must exist. */
export function recordOf(state: PodState, name: string): ContainerRecord {
  const record = state.containers.get(name);
  if (record === undefined) throw new Error(`no container ${name}`);
  return record;
}

/** Whether the kubelet may act on the pod at all: bound here, node up, not finished. Pure. */
export function isKubeletActive(state: PodState): boolean {
  return state.startTimeMs !== undefined && !state.isNodeDown && !state.isGone && !state.isTornDown;
}

// Everything observable about the pod, derived from the kubelet's state: the container statuses
// in status order, the phase (sticky once terminal), the conditions (with the node controller's
// and taint manager's changes, §16) and the kubectl columns. Nothing here is stored.
import type { ContainerRecord, PodState } from "../pod-state.ts";
import { isKubeletSyncing } from "../pod-state.ts";
import type { ContainerStatus } from "./container-status.ts";
import { getPhase, type PodPhase } from "./get-phase.ts";
import { type PodCondition, podConditions } from "./pod-conditions.ts";
import { type PodColumns, printPod } from "./print-pod.ts";

/** The derived view of one pod at one instant. */
export interface PodView {
  phase: PodPhase;
  conditions: PodCondition[];
  columns: PodColumns;
  /** Init container statuses in spec order; regular ones in status (name) order (K5). */
  initStatuses: ContainerStatus[];
  statuses: ContainerStatus[];
}

/** The status model of one container record. Pure. */
export function containerStatusOf(record: ContainerRecord): ContainerStatus {
  const { state } = record;
  return {
    name: record.spec.name, isSidecar: record.spec.kind === "sidecar", lastExitCode: record.lastTermination?.exitCode ?? null,
    ready: record.ready, started: record.started, restartCount: record.restartCount, state: stateOf(state),
  };
}

function stateOf(state: ContainerRecord["state"]): ContainerStatus["state"] {
  if (state.kind === "waiting") return { kind: "waiting", reason: state.reason };
  if (state.kind === "running") return { kind: "running", startedAtMs: state.startedAtMs };
  return { kind: "terminated", exitCode: state.exitCode, reason: state.reason, signal: 0, finishedAtMs: state.finishedAtMs };
}

/** Records of the init containers (spec order) and regular containers (spec order). Pure. */
export function recordsOf(state: PodState): { init: ContainerRecord[]; regular: ContainerRecord[] } {
  const init = state.pod.initContainers.map((spec) => state.containers.get(spec.name)!);
  const regular = state.pod.containers.map((spec) => state.containers.get(spec.name)!);
  return { init, regular };
}

/**
 * The phase the kubelet would publish now; a published terminal phase never changes. Pure.
 * `records` may pass recordsOf(state) when the caller has it already.
 */
export function currentPhase(state: PodState, records?: { init: ContainerRecord[]; regular: ContainerRecord[] }): PodPhase {
  if (state.terminalPhase !== undefined) return state.terminalPhase;
  if (!isKubeletSyncing(state)) return "Pending";
  const { init, regular } = records ?? recordsOf(state);
  return getPhase(state.pod.restartPolicy, init.map(containerStatusOf), regular.map(containerStatusOf), false);
}

/** The whole derived view. Pure. */
export function podView(state: PodState): PodView {
  const syncing = isKubeletSyncing(state);
  const { init, regular } = recordsOf(state);
  const initSpecOrder = syncing ? init.map(containerStatusOf) : [];
  const regularSpecOrder = syncing ? regular.map(containerStatusOf) : [];
  // currentPhase(state), from the statuses already built.
  const phase = state.terminalPhase ?? (syncing ? getPhase(state.pod.restartPolicy, initSpecOrder, regularSpecOrder, false) : "Pending");
  const conditions = conditionsOf(state, phase, initSpecOrder, regularSpecOrder);
  const statuses = [...regularSpecOrder].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const columns = printPod({
    phase, reason: state.statusReason?.reason ?? "", isBeingDeleted: state.deletion !== undefined, isInitialized: isTrue(conditions, "Initialized"), isReady: isTrue(conditions, "Ready"),
    initContainerCount: state.pod.initContainers.length,
    totalContainers: state.pod.containers.length + state.pod.initContainers.filter((spec) => spec.kind === "sidecar").length,
    initStatuses: initSpecOrder, statuses,
  });
  return { phase, conditions, columns, initStatuses: initSpecOrder, statuses };
}

function isTrue(conditions: readonly PodCondition[], type: string): boolean {
  return conditions.some((condition) => condition.type === type && condition.status === "True");
}

function conditionsOf(state: PodState, phase: PodPhase, initStatuses: ContainerStatus[], statuses: ContainerStatus[]): PodCondition[] {
  const { scheduling } = state;
  if (scheduling.kind === "unschedulable") return [{ type: "PodScheduled", status: "False", reason: "Unschedulable", message: scheduling.message }];
  if (scheduling.kind !== "bound") return [];
  if (!isKubeletSyncing(state)) return [{ type: "PodScheduled", status: "True" }];
  const hasSandbox = state.isSandboxReady && !state.isTornDown;
  let conditions = podConditions({ phase, isScheduled: true, hasSandbox, initStatuses, statuses, readinessGates: state.pod.readinessGates });
  if (state.isNodeNotReady) {
    conditions = conditions.map((condition) => (condition.type === "Ready" ? { type: "Ready", status: "False" } : condition));
  }
  if (state.isDisruptionTarget) {
    conditions = [
      { type: "DisruptionTarget", status: "True", reason: "DeletionByTaintManager", message: "Taint manager: deleting due to NoExecute taint" },
      ...conditions,
    ];
  }
  return conditions;
}

// The pod conditions the kubelet writes, in its order (pkg/kubelet/status/generate.go;
// kubelet-semantics.md §9.2). Each is a function of the spec-ordered container statuses (and, for
// Ready, the readiness gates).
import { type ContainerStatus, isCompleted } from "./container-status.ts";
import type { PodPhase } from "./get-phase.ts";

/** DisruptionTarget is written by the taint eviction controller (§16), the rest by the kubelet and scheduler. */
export type ConditionType = "PodReadyToStartContainers" | "Initialized" | "Ready" | "ContainersReady" | "PodScheduled" | "DisruptionTarget";

/** One entry of status.conditions. */
export interface PodCondition {
  type: ConditionType;
  status: "True" | "False";
  reason?: string;
  message?: string;
}

/** What the conditions depend on besides the container statuses. */
export interface ConditionInputs {
  phase: PodPhase;
  isScheduled: boolean;
  /** Why the pod is not scheduled (the FailedScheduling message), when it is not. */
  unschedulableMessage?: string;
  /** A sandbox with networking exists and the pod has not terminated. */
  hasSandbox: boolean;
  initStatuses: readonly ContainerStatus[];
  statuses: readonly ContainerStatus[];
  /** spec.readinessGates' condition types. */
  readinessGates: readonly string[];
}

/** The conditions of a pod, in the order the kubelet writes them. Pure. */
export function podConditions(inputs: ConditionInputs): PodCondition[] {
  const scheduled: PodCondition = inputs.isScheduled
    ? { type: "PodScheduled", status: "True" }
    : { type: "PodScheduled", status: "False", reason: "Unschedulable", message: inputs.unschedulableMessage ?? "" };
  if (!inputs.isScheduled) return [scheduled];
  const containersReady = containersReadyCondition(inputs);
  const readyToStart: PodCondition = { type: "PodReadyToStartContainers", status: inputs.hasSandbox ? "True" : "False" };
  const initialized = initializedCondition(inputs);
  return [readyToStart, initialized, readyCondition(containersReady, inputs.readinessGates, [readyToStart, initialized]), containersReady, scheduled];
}

/**
 * GeneratePodReadyCondition: ContainersReady's status, reason and message unless it is True; then
 * every readiness gate's condition must be True among the conditions written before Ready. Nothing
 * in the simulated cluster sets custom conditions, so a gate naming one never passes. Pure.
 */
function readyCondition(containersReady: PodCondition, gates: readonly string[], earlier: readonly PodCondition[]): PodCondition {
  if (containersReady.status !== "True") return { ...containersReady, type: "Ready" };
  const unready = gates.flatMap((gate) => {
    const condition = earlier.find((item) => item.type === gate);
    if (condition === undefined) return [`corresponding condition of pod readiness gate "${gate}" does not exist.`];
    return condition.status === "True" ? [] : [`the status of pod readiness gate "${gate}" is not "True", but ${condition.status}`];
  });
  if (unready.length === 0) return { type: "Ready", status: "True" };
  return { type: "Ready", status: "False", reason: "ReadinessGatesNotReady", message: unready.join(", ") };
}

function initializedCondition({ phase, initStatuses, statuses }: ConditionInputs): PodCondition {
  const hasStartedRegular = statuses.some((status) => status.state.kind !== "waiting" || status.lastExitCode !== null);
  const incomplete = initStatuses
    .filter((status) => (status.isSidecar ? !status.started : !isCompleted(status)))
    .map((status) => status.name);
  if (incomplete.length === 0 || hasStartedRegular) {
    return phase === "Succeeded" ? { type: "Initialized", status: "True", reason: "PodCompleted" } : { type: "Initialized", status: "True" };
  }
  return {
    type: "Initialized",
    status: "False",
    reason: "ContainersNotInitialized",
    message: `containers with incomplete status: [${incomplete.join(" ")}]`,
  };
}

function containersReadyCondition({ phase, initStatuses, statuses }: ConditionInputs): PodCondition {
  if (phase === "Succeeded") return { type: "ContainersReady", status: "False", reason: "PodCompleted" };
  if (phase === "Failed") return { type: "ContainersReady", status: "False", reason: "PodFailed" };
  const unready = [...initStatuses.filter((status) => status.isSidecar), ...statuses]
    .filter((status) => !status.ready)
    .map((status) => status.name);
  if (unready.length === 0) return { type: "ContainersReady", status: "True" };
  return {
    type: "ContainersReady",
    status: "False",
    reason: "ContainersNotReady",
    message: `containers with unready status: [${unready.join(" ")}]`,
  };
}

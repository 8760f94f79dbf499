// Taints the control plane derives from a Node's state, so that the scheduler only has to look at
// spec.taints. Sources: pkg/controller/nodelifecycle/node_lifecycle_controller.go (TaintNodesByCondition,
// doNoExecuteTaintingPass); k8s.io/api/core/v1 well_known_taints.go.
import type { Node, Taint } from "kubernetes-types/core/v1";

/** The taint of a cordoned node (`kubectl cordon`). */
export const unschedulableTaintKey = "node.kubernetes.io/unschedulable";
/** The taint of a node whose Ready condition is False. */
export const notReadyTaintKey = "node.kubernetes.io/not-ready";
/** The taint of a node whose Ready condition is Unknown (its kubelet stopped posting status). */
export const unreachableTaintKey = "node.kubernetes.io/unreachable";

/** Condition type and status → the NoSchedule taint TaintNodesByCondition adds for it. */
const pressureTaints: readonly { type: string; status: string; key: string }[] = [
  { type: "MemoryPressure", status: "True", key: "node.kubernetes.io/memory-pressure" },
  { type: "DiskPressure", status: "True", key: "node.kubernetes.io/disk-pressure" },
  { type: "PIDPressure", status: "True", key: "node.kubernetes.io/pid-pressure" },
  { type: "NetworkUnavailable", status: "True", key: "node.kubernetes.io/network-unavailable" },
];

/**
 * The node with the taints its conditions and `spec.unschedulable` imply appended (a taint with
 * the same key and effect already there is kept as written). Pure.
 */
export function withControllerTaints(node: Node): Node {
  const taints = [...(node.spec?.taints ?? [])];
  for (const taint of impliedTaints(node)) {
    if (!taints.some((have) => have.key === taint.key && have.effect === taint.effect)) taints.push(taint);
  }
  if (taints.length === 0) return node;
  return { ...node, spec: { ...node.spec, taints } };
}

function impliedTaints(node: Node): Taint[] {
  const conditions = node.status?.conditions ?? [];
  const has = (type: string, status: string) => conditions.some((condition) => condition.type === type && condition.status === status);
  const out: Taint[] = [];
  if (node.spec?.unschedulable === true) out.push({ key: unschedulableTaintKey, effect: "NoSchedule" });
  if (has("Ready", "False")) out.push({ key: notReadyTaintKey, effect: "NoSchedule" }, { key: notReadyTaintKey, effect: "NoExecute" });
  if (has("Ready", "Unknown")) out.push({ key: unreachableTaintKey, effect: "NoSchedule" }, { key: unreachableTaintKey, effect: "NoExecute" });
  for (const pressure of pressureTaints) {
    if (has(pressure.type, pressure.status)) out.push({ key: pressure.key, effect: "NoSchedule" });
  }
  return out;
}

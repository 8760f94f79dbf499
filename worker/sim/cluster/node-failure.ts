// Node failure injection (kubelet-semantics.md §16). A cluster file makes a node fail by
// annotating it:
//
//   metadata:
//     annotations:
//       podlab.dev/not-ready-at: "120s"     # a duration: 90s, 2m, 1m30s, or plain seconds
//
// At that virtual time the node's kubelet stops posting status (the machine dies or loses its
// network). The loader only checks and exposes the time; the kubelet/event layer plays F6:
// node-monitor-grace-period (40s) later it replaces the Node with unreachableNode(node) (Ready
// Unknown, unreachable taints) and marks the pods on it; taint eviction follows from tolerations.
import type { Node, NodeCondition } from "kubernetes-types/core/v1";
import type { Cluster } from "./cluster.ts";
import { parseDurationMs } from "./parse-duration-ms.ts";
import { notReadyTaintKey, unreachableTaintKey, withControllerTaints } from "./with-controller-taints.ts";

/** The annotation that schedules a node failure. */
export const notReadyAtAnnotation = "podlab.dev/not-ready-at";

/** A node whose kubelet stops posting status at `notReadyAtMs` of virtual time. */
export interface NodeFailure {
  nodeName: string;
  notReadyAtMs: number;
}

/** Every scheduled node failure, by time, then node name. Pure. */
export function nodeFailures(cluster: Cluster): NodeFailure[] {
  const failures: NodeFailure[] = [];
  for (const node of cluster.nodes) {
    const text = node.metadata?.annotations?.[notReadyAtAnnotation];
    const notReadyAtMs = text === undefined ? null : parseDurationMs(text);
    if (notReadyAtMs !== null) failures.push({ nodeName: node.metadata?.name ?? "", notReadyAtMs });
  }
  return failures.sort((a, b) => a.notReadyAtMs - b.notReadyAtMs || (a.nodeName < b.nodeName ? -1 : a.nodeName > b.nodeName ? 1 : 0));
}

/**
 * The Node as the node lifecycle controller leaves it once the grace period has passed without
 * status: every condition Unknown (reason NodeStatusUnknown), not-ready taints replaced by the
 * unreachable NoSchedule and NoExecute taints. Pure.
 */
export function unreachableNode(node: Node): Node {
  const conditions = (node.status?.conditions ?? []).map(unknownCondition);
  if (!conditions.some((condition) => condition.type === "Ready")) conditions.push(unknownCondition({ type: "Ready", status: "Unknown" }));
  const taints = (node.spec?.taints ?? []).filter((taint) => taint.key !== notReadyTaintKey && taint.key !== unreachableTaintKey);
  return withControllerTaints({ ...node, spec: { ...node.spec, taints }, status: { ...node.status, conditions } });
}

// Wording from pkg/controller/nodelifecycle (unconfirmed against the current release).
function unknownCondition(condition: NodeCondition): NodeCondition {
  return { ...condition, status: "Unknown", reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status." };
}

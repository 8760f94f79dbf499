// Node failure as the control plane sees it (kubelet-semantics.md §16, F2–F6): at the failure the
// kubelet stops acting and reporting; 40 s later (node-monitor-grace-period) the node lifecycle
// controller marks the node unreachable, sets the pod's Ready condition False and emits
// NodeNotReady; after the pod's unreachable:NoExecute tolerationSeconds the taint manager marks it
// for deletion (DisruptionTarget, TaintManagerEviction, Terminating). The pod then stays so.
import { unreachableNode } from "../cluster/node-failure.ts";
import { unreachableTaintKey } from "../cluster/with-controller-taints.ts";
import type { KubeletContext } from "./kubelet-context.ts";
import { EventObject, Message, Reason } from "../vocab.ts";

/** node-monitor-grace-period (F2). */
const nodeMonitorGraceMs = 40_000;

function isOnNode(ctx: KubeletContext, node: string): boolean {
  const { scheduling } = ctx.state;
  return scheduling.kind === "bound" && scheduling.nodeName === node;
}

/** The node's kubelet stops at ctx.nowMs. */
export function onNodeDown(ctx: KubeletContext, node: string): void {
  if (isOnNode(ctx, node)) ctx.state.isNodeDown = true;
  ctx.schedule(ctx.nowMs + nodeMonitorGraceMs, { kind: "nodeNotReady", node });
}

/** The grace period passed: the Node becomes unreachable; its pod is marked not ready. */
export function onNodeNotReady(ctx: KubeletContext, node: string): void {
  ctx.cluster = { ...ctx.cluster, nodes: ctx.cluster.nodes.map((item) => (item.metadata?.name === node ? unreachableNode(item) : item)) };
  const { state } = ctx;
  if (!isOnNode(ctx, node) || state.isGone || state.isTornDown) return;
  state.isNodeNotReady = true;
  ctx.emit("Warning", Reason.NodeNotReady, EventObject.pod(state.pod.name), Message.nodeNotReady);
  const toleration = state.pod.tolerations.find((item) =>
    (item.key === unreachableTaintKey || (item.key === undefined && item.operator === "Exists")) && (item.effect === "NoExecute" || item.effect === undefined));
  if (toleration !== undefined && toleration.tolerationSeconds === undefined) return;
  const seconds = Math.max(0, toleration?.tolerationSeconds ?? 0);
  ctx.schedule(ctx.nowMs + seconds * 1000, { kind: "taintEviction" });
}

/** The taint manager deletes the pod; the kubelet is gone, so it stays Terminating (F4). */
export function onTaintEviction(ctx: KubeletContext): void {
  const { state } = ctx;
  if (state.isGone || state.deletion !== undefined) return;
  state.isDisruptionTarget = true;
  ctx.emit("Normal", Reason.TaintManagerEviction, EventObject.pod(state.pod.name), Message.markingForDeletion(state.pod.namespace, state.pod.name));
  state.deletion = { atMs: ctx.nowMs, graceMs: state.pod.terminationGraceSeconds * 1000 };
}

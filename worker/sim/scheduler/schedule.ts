// The default scheduler for one pod, as a pure function (kubelet-semantics.md §3). It never reads
// a clock: the event loop decides when to call it (at creation, then on retries, S9) and turns
// the outcome into events and the PodScheduled condition.
//
// Choice among feasible nodes (S10): the highest score (score-nodes.ts), ties broken by the
// smallest node name with plain `<`. The real scheduler picks among ties at random.
import type { Node, Pod } from "kubernetes-types/core/v1";
import type { Cluster } from "../cluster/cluster.ts";
import type { Filter, FilterStatus } from "./filters/filter-status.ts";
import { nodeAffinity } from "./filters/node-affinity.ts";
import { nodePorts } from "./filters/node-ports.ts";
import { nodeResourcesFit } from "./filters/node-resources-fit.ts";
import { nodeUnschedulable } from "./filters/node-unschedulable.ts";
import { taintToleration } from "./filters/taint-toleration.ts";
import { fitErrorMessage } from "./fit-error-message.ts";
import { conflictingTermsMessage, notInPreFilterResult, preFilterNodeNames } from "./node-name-pre-filter.ts";
import { emptyNodeState, type NodeState } from "./node-state.ts";
import { type Candidate, scoreNodes } from "./score-nodes.ts";

/** The scheduler name the default scheduler answers to. */
const defaultSchedulerName = "default-scheduler";

/**
 * What happens to the pod:
 * - `Bound`: bind to `nodeName`; emit Normal `Scheduled` with `message`, set PodScheduled=True.
 * - `Unschedulable`: emit Warning `FailedScheduling` with `message`, set PodScheduled=False
 *   (reason Unschedulable, the same message); retry later.
 * - `NodeNameSet`: spec.nodeName was set, so no scheduler acts and no event is emitted (S1);
 *   the kubelet of that node admits it, or, when `nodeExists` is false, it stays Pending.
 * - `OtherScheduler`: spec.schedulerName names another scheduler; nothing happens.
 */
export type SchedulingOutcome =
  | { kind: "Bound"; nodeName: string; message: string }
  | { kind: "Unschedulable"; message: string }
  | { kind: "NodeNameSet"; nodeName: string; nodeExists: boolean }
  | { kind: "OtherScheduler"; schedulerName: string };

/** Filter plugins in the default profile's order; a node stops at the first that rejects it (S2). */
const filters: readonly Filter[] = [nodeUnschedulable, taintToleration, nodeAffinity, nodePorts, nodeResourcesFit];

/** ErrNoNodesAvailable (pkg/scheduler/schedule_one.go). */
const noNodesMessage = "no nodes available to schedule pods";

/** Schedules one pod onto the cluster's nodes, given what is already bound to each. Pure. */
export function schedule(pod: Pod, cluster: Cluster, nodeStates: Readonly<Record<string, NodeState>>): SchedulingOutcome {
  const nodeName = pod.spec?.nodeName;
  if (nodeName) return { kind: "NodeNameSet", nodeName, nodeExists: cluster.nodes.some((node) => node.metadata?.name === nodeName) };
  const schedulerName = pod.spec?.schedulerName || defaultSchedulerName;
  if (schedulerName !== defaultSchedulerName) return { kind: "OtherScheduler", schedulerName };
  if (cluster.nodes.length === 0) return { kind: "Unschedulable", message: noNodesMessage };

  const pinned = preFilterNodeNames(pod);
  if (pinned?.size === 0) return { kind: "Unschedulable", message: fitErrorMessage(cluster.nodes.length, [], conflictingTermsMessage) };
  const candidates: Candidate[] = [];
  const statuses: FilterStatus[] = [];
  for (const node of cluster.nodes) {
    const state = nodeStates[node.metadata?.name ?? ""] ?? emptyNodeState;
    const status = pinned && !pinned.has(node.metadata?.name ?? "") ? { reasons: [notInPreFilterResult], isResolvable: false } : runFilters(pod, node, state);
    if (status) statuses.push(status);
    else candidates.push({ node, state });
  }
  if (candidates.length === 0) return { kind: "Unschedulable", message: fitErrorMessage(cluster.nodes.length, statuses) };
  const chosen = choose(pod, candidates);
  return { kind: "Bound", nodeName: chosen, message: scheduledMessage(pod, cluster, chosen) };
}

function runFilters(pod: Pod, node: Node, state: NodeState): FilterStatus | null {
  for (const filter of filters) {
    const status = filter(pod, node, state);
    if (status) return status;
  }
  return null;
}

function choose(pod: Pod, candidates: readonly Candidate[]): string {
  const scores = scoreNodes(pod, candidates);
  let best = 0;
  for (let index = 1; index < candidates.length; index++) {
    const [score, bestScore] = [scores[index]!, scores[best]!];
    if (score > bestScore || (score === bestScore && nameOf(candidates[index]!) < nameOf(candidates[best]!))) best = index;
  }
  return nameOf(candidates[best]!);
}

function nameOf(candidate: Candidate): string {
  return candidate.node.metadata?.name ?? "";
}

/** The `Scheduled` event message: `Successfully assigned NS/NAME to NODE` (S8). Pure. */
function scheduledMessage(pod: Pod, cluster: Cluster, nodeName: string): string {
  return `Successfully assigned ${pod.metadata?.namespace ?? cluster.namespace}/${pod.metadata?.name} to ${nodeName}`;
}

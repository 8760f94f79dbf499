// The FailedScheduling message (pkg/scheduler/framework/types.go, FitError.Error; preemption's
// clause from pkg/scheduler/framework/preemption, Evaluator.Preempt, prefixed by the
// DefaultPreemption PostFilter):
//   0/N nodes are available: COUNT REASON, .... preemption: 0/N nodes are available: COUNT REASON, ....
// Each list is `COUNT REASON` strings sorted as plain strings (so "10 x" sorts before "2 y").
import type { FilterStatus } from "./filters/filter-status.ts";

/** Preemption's reason for a node where evicting pods cannot help. */
const preemptionNotHelpful = "Preemption is not helpful for scheduling";
/** Preemption's reason for a node where evicting pods could help, but there are none to evict. */
const noPreemptionVictims = "No preemption victims found for incoming pod";

/**
 * The FitError text for `nodeCount` nodes, every one rejected with the given statuses. With a
 * `preFilterMessage` (a PreFilter plugin rejected the pod outright) that text replaces the
 * counted reasons and every node counts as not helped by preemption. Pure.
 */
export function fitErrorMessage(nodeCount: number, statuses: readonly FilterStatus[], preFilterMessage?: string): string {
  const filterPart = preFilterMessage ?? histogram(statuses.flatMap((status) => status.reasons));
  const preemptionReasons = preFilterMessage !== undefined
    ? Array<string>(nodeCount).fill(preemptionNotHelpful)
    : statuses.map((status) => (status.isResolvable ? noPreemptionVictims : preemptionNotHelpful));
  const head = `0/${nodeCount} nodes are available`;
  return `${head}: ${filterPart}. preemption: ${head}: ${histogram(preemptionReasons)}.`;
}

function histogram(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => `${count} ${reason}`).sort().join(", ");
}

import type { Node, Pod } from "kubernetes-types/core/v1";
import type { NodeState } from "../node-state.ts";

/**
 * Why a filter plugin rejected a node: its reason strings (as they appear, counted, in the
 * FailedScheduling message) and whether evicting other pods could help (Unschedulable) or not
 * (UnschedulableAndUnresolvable), which decides the preemption clause.
 */
export interface FilterStatus {
  reasons: string[];
  isResolvable: boolean;
}

/** One filter plugin: null when the node passes. Pure. */
export type Filter = (pod: Pod, node: Node, state: NodeState) => FilterStatus | null;

/** A rejection preemption cannot fix. */
export function unresolvable(reason: string): FilterStatus {
  return { reasons: [reason], isResolvable: false };
}

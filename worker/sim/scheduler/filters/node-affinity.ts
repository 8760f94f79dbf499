// NodeAffinity's filter (pkg/scheduler/framework/plugins/nodeaffinity): spec.nodeSelector and
// the required node affinity must both match the node's labels (and metadata.name fields).
import { matchesNodeSelectorTerm } from "../matches-node-selector-term.ts";
import { type Filter, unresolvable } from "./filter-status.ts";

/** The reason shown for nodes that fail nodeSelector or required node affinity. */
const nodeAffinityReason = "node(s) didn't match Pod's node affinity/selector";

/** Rejects a node that misses a nodeSelector pair or every required nodeSelectorTerm. Pure. */
export const nodeAffinity: Filter = (pod, node) => {
  const labels = node.metadata?.labels ?? {};
  const selector = pod.spec?.nodeSelector ?? {};
  const selectorMatches = Object.entries(selector).every(([key, value]) => labels[key] === value);
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  const affinityMatches = terms === undefined || terms.some((term) => matchesNodeSelectorTerm(term, node));
  return selectorMatches && affinityMatches ? null : unresolvable(nodeAffinityReason);
};

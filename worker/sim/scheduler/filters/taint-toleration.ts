// TaintToleration (pkg/scheduler/framework/plugins/tainttoleration): the first NoSchedule or
// NoExecute taint the pod does not tolerate, in the node's order, rejects the node.
// Δ v1.31–32 text; later releases print `node(s) had untolerated taint(s)` without the taint.
import { isTaintTolerated } from "../tolerates.ts";
import { type Filter, unresolvable } from "./filter-status.ts";

/** Rejects a node with an untolerated NoSchedule/NoExecute taint, naming it. Pure. */
export const taintToleration: Filter = (pod, node) => {
  const taint = (node.spec?.taints ?? []).find(
    (candidate) => (candidate.effect === "NoSchedule" || candidate.effect === "NoExecute") && !isTaintTolerated(pod.spec?.tolerations, candidate),
  );
  if (taint === undefined) return null;
  return unresolvable(`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ""}}`);
};

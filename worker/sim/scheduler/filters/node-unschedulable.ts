// NodeUnschedulable (pkg/scheduler/framework/plugins/nodeunschedulable): a cordoned node takes
// only pods that tolerate the node.kubernetes.io/unschedulable:NoSchedule taint.
import { unschedulableTaintKey } from "../../cluster/with-controller-taints.ts";
import { isTaintTolerated } from "../tolerates.ts";
import { type Filter, unresolvable } from "./filter-status.ts";

/** Rejects a node with spec.unschedulable unless the pod tolerates it. Pure. */
export const nodeUnschedulable: Filter = (pod, node) => {
  if (node.spec?.unschedulable !== true) return null;
  if (isTaintTolerated(pod.spec?.tolerations, { key: unschedulableTaintKey, effect: "NoSchedule" })) return null;
  return unresolvable("node(s) were unschedulable");
};

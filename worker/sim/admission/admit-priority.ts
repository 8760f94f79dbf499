// The Priority admission plugin (plugin/pkg/admission/priority/admission.go), for a cluster with
// no PriorityClass objects: only the two built-in system classes exist, and a pod naming no class
// gets priority 0 (kubelet-semantics.md §1.9).
import type { Pod } from "kubernetes-types/core/v1";

const systemPriorityClasses: Record<string, number> = {
  "system-cluster-critical": 2000000000,
  "system-node-critical": 2000001000,
};

/** The admitted Pod, or the Forbidden text the API server answers with. */
export type PriorityAdmission = { pod: Pod } | { forbidden: string };

/** Resolves the pod's priority from its PriorityClass name. Pure. */
export function admitPriority(pod: Pod): PriorityAdmission {
  const spec = pod.spec!;
  const name = pod.metadata?.name ?? "";
  const className = spec.priorityClassName;
  const priority = className ? systemPriorityClasses[className] : 0;
  if (priority === undefined) {
    return { forbidden: `pods "${name}" is forbidden: no PriorityClass with name ${className} was found` };
  }
  if (spec.priority !== undefined && spec.priority !== priority) {
    const detail = `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`;
    return { forbidden: `pods "${name}" is forbidden: ${detail}` };
  }
  return { pod: { ...pod, spec: { ...spec, priority, preemptionPolicy: spec.preemptionPolicy ?? "PreemptLowerPriority" } } };
}

// NodeAffinity's PreFilter (pkg/scheduler/framework/plugins/nodeaffinity, PreFilter): when every
// required nodeSelectorTerm pins `metadata.name` with In, only those nodes are tried. The others
// are reported as `node(s) didn't satisfy plugin(s) [NodeAffinity]` (schedule_one.go,
// findNodesThatFitPod); terms whose names cannot overlap reject the pod outright.
import type { Pod } from "kubernetes-types/core/v1";

/** PreFilter's message when the terms' node names have nothing in common. */
export const conflictingTermsMessage = "pod affinity terms conflict";
/** The reason counted for nodes the PreFilter left out. */
export const notInPreFilterResult = "node(s) didn't satisfy plugin(s) [NodeAffinity]";

/** The node names the pod is limited to, or null when it is not limited. Pure. */
export function preFilterNodeNames(pod: Pod): Set<string> | null {
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  if (terms.length === 0) return null;
  const names = new Set<string>();
  for (const term of terms) {
    const pins = (term.matchFields ?? []).filter((field) => field.key === "metadata.name" && field.operator === "In");
    if (pins.length === 0) return null;
    const shared = pins.map((pin) => new Set(pin.values ?? [])).reduce((a, b) => new Set([...a].filter((name) => b.has(name))));
    for (const name of shared) names.add(name);
  }
  return names;
}

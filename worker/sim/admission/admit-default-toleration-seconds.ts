// The DefaultTolerationSeconds admission plugin
// (plugin/pkg/admission/defaulttolerationseconds/admission.go; kubelet-semantics.md §1.8).
import type { Pod, Toleration } from "kubernetes-types/core/v1";

const notReady = "node.kubernetes.io/not-ready";
const unreachable = "node.kubernetes.io/unreachable";

/** Appends 300 s NoExecute tolerations for not-ready and unreachable nodes, unless already tolerated. Pure. */
export function admitDefaultTolerationSeconds(pod: Pod): Pod {
  const tolerations = pod.spec?.tolerations ?? [];
  const tolerates = (key: string) =>
    tolerations.some((t) => (t.key === key || !t.key) && (t.effect === "NoExecute" || !t.effect));
  const added: Toleration[] = [notReady, unreachable]
    .filter((key) => !tolerates(key))
    .map((key) => ({ effect: "NoExecute", key, operator: "Exists", tolerationSeconds: 300 }));
  if (added.length === 0) return pod;
  return { ...pod, spec: { ...pod.spec!, tolerations: [...tolerations, ...added] } };
}

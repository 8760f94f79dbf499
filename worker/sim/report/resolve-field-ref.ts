// The value kubectl describe shows beside an env var taken from `fieldRef`
// (describe.go EnvValueRetriever, via pkg/fieldpath ExtractFieldPathAsString).
import type { Pod } from "kubernetes-types/core/v1";

const subscript = /^metadata\.(labels|annotations)\['(.*)'\]$/;

/** The pod field at `fieldPath`, as text; "" when the path is not one the downward API knows. Pure. */
export function resolveFieldRef(pod: Pod, fieldPath: string): string {
  const match = subscript.exec(fieldPath);
  if (match) return (match[1] === "labels" ? pod.metadata?.labels : pod.metadata?.annotations)?.[match[2]!] ?? "";
  switch (fieldPath) {
    case "metadata.name": return pod.metadata?.name ?? "";
    case "metadata.namespace": return pod.metadata?.namespace ?? "";
    case "metadata.uid": return pod.metadata?.uid ?? "";
    case "spec.nodeName": return pod.spec?.nodeName ?? "";
    case "spec.serviceAccountName": return pod.spec?.serviceAccountName ?? "";
    case "status.hostIP": return pod.status?.hostIP ?? "";
    case "status.podIP": return pod.status?.podIP ?? "";
    case "status.podIPs": return (pod.status?.podIPs ?? []).map((ip) => ip.ip).join(",");
    default: return "";
  }
}

// Downward API field references (kubelet-semantics.md §13 J6) for env and downwardAPI volumes.
import type { PodState } from "../pod-state.ts";

/** The value of a fieldRef path, or undefined when the path is not supported. Pure. */
export function fieldRefValue(state: PodState, fieldPath: string): string | undefined {
  const { pod } = state;
  const node = state.scheduling.kind === "bound" ? state.scheduling.nodeName : "";
  const keyed = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(fieldPath);
  if (keyed !== null) return (keyed[1] === "labels" ? pod.labels : pod.annotations)[keyed[2]!] ?? "";
  switch (fieldPath) {
    case "metadata.name": return pod.name;
    case "metadata.namespace": return pod.namespace;
    case "metadata.uid": return pod.uid;
    case "metadata.labels": return mapFile(pod.labels);
    case "metadata.annotations": return mapFile(pod.annotations);
    case "spec.nodeName": return node;
    case "spec.serviceAccountName": return pod.serviceAccountName;
    case "status.hostIP": case "status.hostIPs": return state.hostIp ?? "";
    case "status.podIP": case "status.podIPs": return state.podIp ?? "";
    default: return undefined;
  }
}

/** `key="value"` lines sorted by key, values Go-quoted, no trailing newline (J6). Pure. */
function mapFile(map: Record<string, string>): string {
  return Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((key) => `${key}=${JSON.stringify(map[key])}`).join("\n");
}

// What the API server does to a decoded Pod before validating it (kubelet-semantics.md §1.1):
// defaulting, then the mutating admission plugins in their registration order (PodPreset,
// ServiceAccount, Priority, DefaultTolerationSeconds), then the create strategy: a generated
// name, the UID and the initial status.
import type { Pod } from "kubernetes-types/core/v1";
import type { Cluster } from "../cluster/cluster.ts";
import { admitDefaultTolerationSeconds } from "./admit-default-toleration-seconds.ts";
import { admitPodPresets } from "./admit-pod-preset.ts";
import { admitPriority } from "./admit-priority.ts";
import { admitServiceAccount } from "./admit-service-account.ts";
import { defaultPod } from "./default-pod.ts";
import { nameSuffix, podUid } from "./deterministic-ids.ts";
import { qosClass } from "./qos-class.ts";

/** The objects admission reads: the namespace the pod is created in, accounts and presets. */
export type AdmissionCluster = Pick<Cluster, "namespace" | "serviceAccounts" | "podPresets">;

/** The pod ready for validation (with any PodPreset conflicts), or an admission refusal. */
export type CreatedPod =
  | { pod: Pod; presetConflicts: string[] }
  | { forbidden: string; field: readonly string[] };

/** Defaults and admits a decoded Pod for creation. Pure. */
export function createPod(decoded: Pod, cluster: AdmissionCluster): CreatedPod {
  const namespace = decoded.metadata?.namespace || cluster.namespace;
  const defaulted = defaultPod({ ...decoded, metadata: { ...decoded.metadata, namespace } });
  const { pod: preset, conflicts } = admitPodPresets(defaulted, namespace, cluster.podPresets);
  const withAccount = admitServiceAccount(preset, namespace, cluster.serviceAccounts);
  if ("forbidden" in withAccount) return { forbidden: withAccount.forbidden, field: ["spec", "serviceAccountName"] };
  const prioritized = admitPriority(withAccount.pod);
  if ("forbidden" in prioritized) return { forbidden: prioritized.forbidden, field: ["spec", "priorityClassName"] };
  const admitted = admitDefaultTolerationSeconds(prioritized.pod);
  return { pod: prepareForCreate(admitted, namespace), presetConflicts: conflicts };
}

/** BeforeCreate: generateName becomes a name, the UID is assigned, status starts Pending. */
function prepareForCreate(pod: Pod, namespace: string): Pod {
  const { generateName } = pod.metadata ?? {};
  const name = pod.metadata?.name || (generateName ? `${generateName}${nameSuffix(`${namespace}/${generateName}`)}` : "");
  const metadata = { ...pod.metadata, ...(name && { name }), uid: podUid(namespace, name) };
  return { ...pod, metadata, status: { phase: "Pending", qosClass: qosClass(pod) } };
}

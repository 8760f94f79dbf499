// The world a simulated Pod lands in: the objects of the contract's --cluster file. Types come
// from kubernetes-types (type-only imports; nothing is loaded at run time).
import type { ConfigMap, Container, Node, PodSpec, Secret, ServiceAccount } from "kubernetes-types/core/v1";

/** settings.k8s.io/v1alpha1 PodPreset, removed in Kubernetes 1.20 (kubelet-semantics.md §15). */
export interface PodPreset {
  apiVersion: "settings.k8s.io/v1alpha1";
  kind: "PodPreset";
  metadata: { name: string; namespace?: string };
  spec: {
    selector?: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] };
    env?: NonNullable<Container["env"]>;
    envFrom?: NonNullable<Container["envFrom"]>;
    volumes?: NonNullable<PodSpec["volumes"]>;
    volumeMounts?: NonNullable<Container["volumeMounts"]>;
  };
}

/**
 * Everything the API server, scheduler and kubelet can see besides the Pod itself. Objects keep
 * the order in which the cluster file lists them. `namespace` is where the Pod is created.
 */
export interface Cluster {
  namespace: string;
  nodes: Node[];
  secrets: Secret[];
  configMaps: ConfigMap[];
  serviceAccounts: ServiceAccount[];
  podPresets: PodPreset[];
}

// The cluster of the contract when no --cluster file is given, and the node defaults a cluster
// file's Nodes start from: what a kubelet registers for itself (labels, capacity, conditions).
import type { Node, NodeCondition, ServiceAccount } from "kubernetes-types/core/v1";
import type { Cluster } from "./cluster.ts";
import { defaultNamespace } from "./read-metadata.ts";

/** Name of the contract's default node. */
export const defaultNodeName = "node-1";

/**
 * Resources of the default node. Allocatable equals capacity (no system reservations). The
 * contract names cpu and memory; pods is the kubelet default (110) and ephemeral-storage a
 * PodLab choice, since a real kubelet always reports one.
 */
export const defaultNodeResources: Readonly<Record<string, string>> = {
  cpu: "4",
  "ephemeral-storage": "20Gi",
  memory: "8Gi",
  pods: "110",
};

/** The labels a kubelet sets on its Node at registration (kubelet_node_status.go, initialNode). */
export function kubeletNodeLabels(nodeName: string): Record<string, string> {
  return {
    "beta.kubernetes.io/arch": "amd64",
    "beta.kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": nodeName,
    "kubernetes.io/os": "linux",
  };
}

/** The conditions of a healthy node, in the order kubectl describe node lists them. */
export function healthyNodeConditions(): NodeCondition[] {
  return [
    { type: "MemoryPressure", status: "False", reason: "KubeletHasSufficientMemory", message: "kubelet has sufficient memory available" },
    { type: "DiskPressure", status: "False", reason: "KubeletHasNoDiskPressure", message: "kubelet has no disk pressure" },
    { type: "PIDPressure", status: "False", reason: "KubeletHasSufficientPID", message: "kubelet has sufficient PID available" },
    { type: "Ready", status: "True", reason: "KubeletReady", message: "kubelet is posting ready status" },
  ];
}

/** A Ready node with the default labels and resources. Pure. */
export function defaultNode(name: string): Node {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, labels: kubeletNodeLabels(name) },
    spec: {},
    status: {
      capacity: { ...defaultNodeResources },
      allocatable: { ...defaultNodeResources },
      conditions: healthyNodeConditions(),
    },
  };
}

/** The `default` ServiceAccount the ServiceAccount controller creates in every namespace. */
export function defaultServiceAccount(namespace: string): ServiceAccount {
  return { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace } };
}

/** The contract's cluster without --cluster: node-1, namespace default, its default ServiceAccount. Pure. */
export function defaultCluster(): Cluster {
  return {
    namespace: defaultNamespace,
    nodes: [defaultNode(defaultNodeName)],
    secrets: [],
    configMaps: [],
    serviceAccounts: [defaultServiceAccount(defaultNamespace)],
    podPresets: [],
  };
}

// Turns the objects of a cluster file into a Cluster, adding what a fresh cluster already has.
import type { ConfigMap, Node, Secret, ServiceAccount } from "kubernetes-types/core/v1";
import type { Cluster, PodPreset } from "./cluster.ts";
import { defaultNode, defaultNodeName, defaultServiceAccount } from "./default-cluster.ts";
import { defaultNamespace } from "./read-metadata.ts";

/** Any object a cluster file may hold. */
export type ClusterObject = Node | Secret | ConfigMap | ServiceAccount | PodPreset;

const resourceNames: Record<string, string> = {
  Node: "nodes",
  Secret: "secrets",
  ConfigMap: "configmaps",
  ServiceAccount: "serviceaccounts",
  PodPreset: "podpresets",
};

/** The API server's answer to a second object of the same kind, namespace and name. Pure. */
export function alreadyExistsMessage(object: ClusterObject): string {
  return `${resourceNames[object.kind!]} ${JSON.stringify(object.metadata?.name)} already exists`;
}

/** Identity of an object: kind, namespace and name. Pure. */
export function objectKey(object: ClusterObject): string {
  return `${object.kind} ${object.metadata?.namespace ?? ""}/${object.metadata?.name}`;
}

/**
 * The cluster: the file's objects in file order. No Node in the file keeps the default node-1;
 * every namespace used gets the `default` ServiceAccount the ServiceAccount controller creates,
 * unless the file defines it (then the file's one is used, as `kubectl apply` would leave it). Pure.
 */
export function assembleCluster(objects: readonly ClusterObject[]): Cluster {
  const nodes = objects.filter((object): object is Node => object.kind === "Node");
  const serviceAccounts = objects.filter((object): object is ServiceAccount => object.kind === "ServiceAccount");
  const namespaces = new Set([defaultNamespace, ...objects.map((object) => object.metadata?.namespace ?? defaultNamespace)]);
  const controllerCreated = [...namespaces]
    .filter((namespace) => !serviceAccounts.some((account) => account.metadata?.name === "default" && account.metadata.namespace === namespace))
    .map(defaultServiceAccount);
  return {
    namespace: defaultNamespace,
    nodes: nodes.length > 0 ? nodes : [defaultNode(defaultNodeName)],
    secrets: objects.filter((object): object is Secret => object.kind === "Secret"),
    configMaps: objects.filter((object): object is ConfigMap => object.kind === "ConfigMap"),
    serviceAccounts: [...controllerCreated, ...serviceAccounts],
    podPresets: objects.filter((object): object is PodPreset => object.kind === "PodPreset"),
  };
}

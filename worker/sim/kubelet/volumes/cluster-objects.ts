// Lookups of the Secrets and ConfigMaps a pod refers to, in the pod's namespace. The root CA
// publisher puts a `kube-root-ca.crt` ConfigMap in every namespace, so it exists even when the
// cluster file does not list it (the ServiceAccount admission volume projects it, §1.7).
import type { ConfigMap, Secret } from "kubernetes-types/core/v1";
import type { Cluster } from "../../cluster/cluster.ts";

const rootCaName = "kube-root-ca.crt";
const rootCaPem = "-----BEGIN CERTIFICATE-----\nMIIBPodLabSimulatedClusterRootCertificateAuthority=\n-----END CERTIFICATE-----\n";

/** A Secret's entries as text (base64 `data` decoded), or undefined when it does not exist. Pure. */
export function secretData(cluster: Cluster, namespace: string, name: string): Record<string, string> | undefined {
  const secret = cluster.secrets.find((item: Secret) => item.metadata?.name === name && (item.metadata?.namespace || cluster.namespace) === namespace);
  if (secret === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(secret.data ?? {})) out[key] = decodeBase64(value);
  return out;
}

/** A ConfigMap's entries (data, then binaryData decoded), or undefined when it does not exist. Pure. */
export function configMapData(cluster: Cluster, namespace: string, name: string): Record<string, string> | undefined {
  const found = cluster.configMaps.find((item: ConfigMap) => item.metadata?.name === name && (item.metadata?.namespace || cluster.namespace) === namespace);
  if (found === undefined) return name === rootCaName ? { "ca.crt": rootCaPem } : undefined;
  const out: Record<string, string> = { ...(found.data ?? {}) };
  for (const [key, value] of Object.entries(found.binaryData ?? {})) out[key] = decodeBase64(value);
  return out;
}

function decodeBase64(text: string): string {
  const binary = atob(text.replace(/[\r\n]/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new TextDecoder().decode(bytes);
}

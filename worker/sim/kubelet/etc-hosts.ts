// The kubelet-managed /etc/hosts (kubelet-semantics.md §11; kubelet_pods.go
// managedHostsFileContent and hostsEntriesFromHostAliases). Fields are TAB-separated.
import type { EffectivePod } from "./effective-spec.ts";

/** The pod's hostname: spec.hostname, else the name cut to 63 chars without trailing - or . (H2). Pure. */
export function podHostname(pod: EffectivePod): string {
  return pod.hostname ?? pod.name.slice(0, 63).replace(/[-.]+$/, "");
}

/** The file for a pod-network pod with IP `podIp` (H2, H3). Pure. */
export function etcHosts(pod: EffectivePod, podIp: string): string {
  const hostname = podHostname(pod);
  const own = pod.subdomain === undefined
    ? `${podIp}\t${hostname}`
    : `${podIp}\t${hostname}.${pod.subdomain}.${pod.namespace}.svc.cluster.local\t${hostname}`;
  const lines = [
    "# Kubernetes-managed hosts file.",
    "127.0.0.1\tlocalhost",
    "::1\tlocalhost ip6-localhost ip6-loopback",
    "fe00::0\tip6-localnet",
    "fe00::0\tip6-mcastprefix",
    "fe00::1\tip6-allnodes",
    "fe00::2\tip6-allrouters",
    own,
  ];
  if (pod.hostAliases.length > 0) {
    lines.push("", "# Entries added by HostAliases.");
    for (const alias of pod.hostAliases) lines.push([alias.ip ?? "", ...(alias.hostnames ?? [])].join("\t"));
  }
  return `${lines.join("\n")}\n`;
}

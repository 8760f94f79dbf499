/**
 * Name resolution inside a container: IPv4 literals, `localhost`, then /etc/hosts (the file the
 * kubelet writes, kubelet-semantics.md §11). There is no cluster DNS in the simulator.
 */
import type { ContainerFs } from "../vfs/container-fs.ts";

/** The IPv4 address for `host`, or undefined when it cannot be resolved. */
export function resolveHost(fs: ContainerFs, host: string): string | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host;
  if (host === "localhost") return "127.0.0.1";
  return hostsEntries(fs).find((entry) => entry.names.includes(host) && entry.ip.includes("."))?.ip;
}

/** The /etc/hosts lines as (ip, names); [] when the file is missing. */
export function hostsEntries(fs: ContainerFs): { ip: string; names: string[] }[] {
  let text: string;
  try {
    text = fs.readFile("/etc/hosts", "/");
  } catch {
    return [];
  }
  const entries: { ip: string; names: string[] }[] = [];
  for (const line of text.split("\n")) {
    const fields = line.replace(/#.*/, "").trim().split(/\s+/);
    if (fields.length >= 2) entries.push({ ip: fields[0]!, names: fields.slice(1) });
  }
  return entries;
}

// The pod's QoS class (pkg/apis/core/helper/qos GetPodQOS; kubelet-semantics.md §1.12), computed
// over app and init containers from cpu and memory requests and limits greater than zero.
import type { Container, Pod } from "kubernetes-types/core/v1";
import { parseQuantity, type Quantity } from "./quantity.ts";

const computeResources = ["cpu", "memory"] as const;

/** `BestEffort`, `Guaranteed` or `Burstable` for a defaulted pod. Pure. */
export function qosClass(pod: Pod): "BestEffort" | "Guaranteed" | "Burstable" {
  const containers: Container[] = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  const requests = new Map<string, bigint>();
  const limits = new Map<string, bigint>();
  let isGuaranteed = true;
  for (const container of containers) {
    addPositive(requests, container.resources?.requests);
    const limited = addPositive(limits, container.resources?.limits);
    if (!computeResources.every((name) => limited.has(name))) isGuaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return "BestEffort";
  const requestsMatch = [...requests].every(([name, value]) => limits.get(name) === value);
  return isGuaranteed && requestsMatch && requests.size === limits.size ? "Guaranteed" : "Burstable";
}

/** Adds each positive cpu/memory quantity to `totals`; returns the names it found. */
function addPositive(totals: Map<string, bigint>, list: Record<string, string> | undefined): Set<string> {
  const found = new Set<string>();
  for (const name of computeResources) {
    const text = list?.[name];
    const parsed: Quantity | string = text === undefined ? "absent" : parseQuantity(text);
    if (typeof parsed === "string" || parsed.milli <= 0n) continue;
    found.add(name);
    totals.set(name, (totals.get(name) ?? 0n) + parsed.milli);
  }
  return found;
}

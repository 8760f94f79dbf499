// The pod's QoS class (pkg/apis/core/helper/qos GetPodQOS; kubelet-semantics.md §1.12), computed
// over app and init containers from cpu and memory requests and limits greater than zero.
import type { Container, Pod } from "kubernetes-types/core/v1";
import { addQuantities, compareQuantities, parseQuantity, type Quantity } from "../cluster/quantity.ts";

const computeResources = ["cpu", "memory"] as const;

/** `BestEffort`, `Guaranteed` or `Burstable` for a defaulted pod. Pure. */
export function qosClass(pod: Pod): "BestEffort" | "Guaranteed" | "Burstable" {
  const containers: Container[] = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let isGuaranteed = true;
  for (const container of containers) {
    addPositive(requests, container.resources?.requests);
    const limited = addPositive(limits, container.resources?.limits);
    if (!computeResources.every((name) => limited.has(name))) isGuaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return "BestEffort";
  const requestsMatch = [...requests].every(([name, request]) => {
    const limit = limits.get(name);
    return limit !== undefined && compareQuantities(limit, request) === 0;
  });
  return isGuaranteed && requestsMatch && requests.size === limits.size ? "Guaranteed" : "Burstable";
}

/** Adds each positive cpu/memory quantity to `totals`, exactly as Quantity.Add; returns the names it found. */
function addPositive(totals: Map<string, Quantity>, list: Record<string, string> | undefined): Set<string> {
  const found = new Set<string>();
  for (const name of computeResources) {
    const text = list?.[name];
    const quantity = text === undefined ? null : parseQuantity(text);
    if (quantity === null || quantity.mantissa <= 0n) continue;
    found.add(name);
    const total = totals.get(name);
    totals.set(name, total === undefined ? quantity : addQuantities(total, quantity));
  }
  return found;
}

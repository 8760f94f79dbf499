// The resources a pod asks the scheduler for (k8s.io/component-helpers resource/helpers.go,
// PodRequests; kubelet-semantics.md §3 S5): regular containers and sidecars summed, or the
// largest init container plus the sidecars started before it, whichever is larger; then
// spec.overhead. A missing request counts as its limit (what defaulting would have set), else 0.
import type { Container, Pod } from "kubernetes-types/core/v1";
import { type ResourceAmounts, resourceAmount } from "./node-state.ts";

/** Default requests the scoring plugins assume for a container that sets none (schedutil). */
const nonZeroDefaults: ResourceAmounts = { cpu: 100n, memory: 200n * 1024n * 1024n };

/** The pod's effective requests, for filtering. Pure. */
export function podRequests(pod: Pod): ResourceAmounts {
  return effectiveRequests(pod, containerRequests);
}

/** The pod's requests with 100m cpu / 200Mi memory for containers that set none, for scoring. Pure. */
export function podNonZeroRequests(pod: Pod): ResourceAmounts {
  return effectiveRequests(pod, (container) => {
    const requests = containerRequests(container);
    return { ...requests, cpu: requests.cpu ?? nonZeroDefaults.cpu!, memory: requests.memory ?? nonZeroDefaults.memory! };
  });
}

function effectiveRequests(pod: Pod, requestsOf: (container: Container) => ResourceAmounts): ResourceAmounts {
  let total: ResourceAmounts = {};
  for (const container of pod.spec?.containers ?? []) total = add(total, requestsOf(container));
  let sidecars: ResourceAmounts = {};
  let initPeak: ResourceAmounts = {};
  for (const container of pod.spec?.initContainers ?? []) {
    const isSidecar = container.restartPolicy === "Always";
    if (isSidecar) sidecars = add(sidecars, requestsOf(container));
    initPeak = max(initPeak, isSidecar ? sidecars : add(requestsOf(container), sidecars));
  }
  const overhead: ResourceAmounts = {};
  for (const [name, text] of Object.entries(pod.spec?.overhead ?? {})) overhead[name] = resourceAmount(name, text);
  return add(max(add(total, sidecars), initPeak), overhead);
}

function containerRequests(container: Container): ResourceAmounts {
  const list = { ...container.resources?.limits, ...container.resources?.requests };
  const out: ResourceAmounts = {};
  for (const [name, text] of Object.entries(list)) out[name] = resourceAmount(name, text);
  return out;
}

function add(a: ResourceAmounts, b: ResourceAmounts): ResourceAmounts {
  const out = { ...a };
  for (const [name, amount] of Object.entries(b)) out[name] = (out[name] ?? 0n) + amount;
  return out;
}

function max(a: ResourceAmounts, b: ResourceAmounts): ResourceAmounts {
  const out = { ...a };
  for (const [name, amount] of Object.entries(b)) out[name] = (out[name] ?? 0n) > amount ? out[name]! : amount;
  return out;
}

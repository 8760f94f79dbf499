// NodeResourcesFit's filter (pkg/scheduler/framework/plugins/noderesources/fit.go, fitsRequest):
// the pod count always, then each requested resource against allocatable minus what the pods
// already there request. Reasons: cpu, memory, ephemeral-storage, then extended resources by name.
// v1.31–32: always resolvable by preemption (Δ v1.34, PR #131345: a request above the node's
// whole allocatable becomes unresolvable).
import { allocatableOf } from "../node-state.ts";
import { podRequests } from "../pod-requests.ts";
import type { Filter } from "./filter-status.ts";

const ordered = ["cpu", "memory", "ephemeral-storage"];

/** Rejects a node without room for the pod, with one reason per short resource. Pure. */
export const nodeResourcesFit: Filter = (pod, node, state) => {
  const allocatable = allocatableOf(node);
  const reasons: string[] = [];
  if (BigInt(state.podCount + 1) > (allocatable.pods ?? 0n)) reasons.push("Too many pods");
  const requests = podRequests(pod);
  const extended = Object.keys(requests).filter((name) => !ordered.includes(name) && name !== "pods").sort();
  for (const name of [...ordered, ...extended]) {
    const wanted = requests[name] ?? 0n;
    if (wanted > 0n && wanted > (allocatable[name] ?? 0n) - (state.requested[name] ?? 0n)) reasons.push(`Insufficient ${name}`);
  }
  return reasons.length === 0 ? null : { reasons, isResolvable: true };
};

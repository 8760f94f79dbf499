// Scoring among feasible nodes, a subset of the default profile (pkg/scheduler/apis/config/v1
// default_plugins.go) with its weights: NodeResourcesFit LeastAllocated (1) and
// NodeResourcesBalancedAllocation (1) over cpu and memory, NodeAffinity preferred terms (2),
// TaintToleration PreferNoSchedule (3). ImageLocality, PodTopologySpread and InterPodAffinity
// are not modelled: one pod, no images pre-pulled, no other pods to spread against.
import type { Node, Pod } from "kubernetes-types/core/v1";
import { matchesNodeSelectorTerm } from "./matches-node-selector-term.ts";
import { allocatableOf, type NodeState } from "./node-state.ts";
import { podNonZeroRequests } from "./pod-requests.ts";
import { isTaintTolerated } from "./tolerates.ts";

const maxNodeScore = 100n;
const resources = ["cpu", "memory"] as const;

/** A feasible node and what is already on it. */
export interface Candidate {
  node: Node;
  state: NodeState;
}

/** Total weighted score per candidate, in candidate order. Pure. */
export function scoreNodes(pod: Pod, candidates: readonly Candidate[]): bigint[] {
  const affinity = normalize(candidates.map(({ node }) => preferredAffinityWeight(pod, node)), false);
  const taints = normalize(candidates.map(({ node }) => intolerablePreferNoSchedule(pod, node)), true);
  return candidates.map((candidate, index) => {
    const usage = requestedFractions(pod, candidate);
    return leastAllocated(usage) + balancedAllocation(usage) + 2n * affinity[index]! + 3n * taints[index]!;
  });
}

interface Usage {
  requested: bigint;
  allocatable: bigint;
}

function requestedFractions(pod: Pod, { node, state }: Candidate): Usage[] {
  const allocatable = allocatableOf(node);
  const incoming = podNonZeroRequests(pod);
  return resources.map((name) => ({
    requested: (state.requested[name] ?? 0n) + (incoming[name] ?? 0n),
    allocatable: allocatable[name] ?? 0n,
  }));
}

/** noderesources/least_allocated.go: mean over resources of (free × 100 / allocatable). */
function leastAllocated(usage: readonly Usage[]): bigint {
  let sum = 0n;
  for (const { requested, allocatable } of usage) {
    if (allocatable > 0n && requested <= allocatable) sum += ((allocatable - requested) * maxNodeScore) / allocatable;
  }
  return sum / BigInt(usage.length);
}

/** noderesources/balanced_allocation.go: (1 − standard deviation of the used fractions) × 100. */
function balancedAllocation(usage: readonly Usage[]): bigint {
  const fractions = usage.map(({ requested, allocatable }) => (allocatable > 0n ? Math.min(1, Number(requested) / Number(allocatable)) : 1));
  const std = Math.abs(fractions[0]! - fractions[1]!) / 2;
  return BigInt(Math.trunc((1 - std) * Number(maxNodeScore)));
}

function preferredAffinityWeight(pod: Pod, node: Node): bigint {
  const terms = pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  return terms.reduce((sum, term) => (matchesNodeSelectorTerm(term.preference, node) ? sum + BigInt(term.weight) : sum), 0n);
}

function intolerablePreferNoSchedule(pod: Pod, node: Node): bigint {
  const taints = (node.spec?.taints ?? []).filter((taint) => taint.effect === "PreferNoSchedule");
  return BigInt(taints.filter((taint) => !isTaintTolerated(pod.spec?.tolerations, taint)).length);
}

/** helper.DefaultNormalizeScore: scale to 0–100 by the highest score; `reverse` flips it. */
function normalize(scores: readonly bigint[], reverse: boolean): bigint[] {
  const highest = scores.reduce((max, score) => (score > max ? score : max), 0n);
  if (highest === 0n) return scores.map(() => (reverse ? maxNodeScore : 0n));
  return scores.map((score) => {
    const scaled = (maxNodeScore * score) / highest;
    return reverse ? maxNodeScore - scaled : scaled;
  });
}

// Node selector terms (k8s.io/component-helpers scheduling/corev1/nodeaffinity): the
// requirements of one term are ANDed; a term with none matches nothing.
import type { Node, NodeSelectorRequirement, NodeSelectorTerm } from "kubernetes-types/core/v1";

/** Whether a node satisfies every matchExpressions and matchFields requirement of a term. Pure. */
export function matchesNodeSelectorTerm(term: NodeSelectorTerm, node: Node): boolean {
  const expressions = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (expressions.length === 0 && fields.length === 0) return false;
  const labels = node.metadata?.labels ?? {};
  const nodeFields: Record<string, string> = { "metadata.name": node.metadata?.name ?? "" };
  return expressions.every((requirement) => matchesRequirement(requirement, labels)) && fields.every((requirement) => matchesRequirement(requirement, nodeFields));
}

function matchesRequirement(requirement: NodeSelectorRequirement, values: Record<string, string>): boolean {
  const value = values[requirement.key];
  const wanted = requirement.values ?? [];
  switch (requirement.operator) {
    case "In":
      return value !== undefined && wanted.includes(value);
    case "NotIn":
      return value === undefined || !wanted.includes(value);
    case "Exists":
      return value !== undefined;
    case "DoesNotExist":
      return value === undefined;
    case "Gt":
    case "Lt":
      return compareIntegers(value, wanted, requirement.operator);
    default:
      return false;
  }
}

/** Gt/Lt: the label and the single value must both be integers (labels.Requirement.Matches). */
function compareIntegers(value: string | undefined, wanted: readonly string[], operator: "Gt" | "Lt"): boolean {
  const integer = /^[+-]?\d+$/;
  if (value === undefined || wanted.length !== 1 || !integer.test(value) || !integer.test(wanted[0]!)) return false;
  const [have, limit] = [BigInt(value), BigInt(wanted[0]!)];
  return operator === "Gt" ? have > limit : have < limit;
}

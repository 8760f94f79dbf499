// metav1.LabelSelector matching (LabelSelectorAsSelector + Matches): every matchLabels pair and
// every matchExpressions requirement must hold; an empty selector matches everything.
import type { LabelSelector } from "kubernetes-types/meta/v1";

/** Whether `labels` satisfy `selector`. Unknown operators match nothing. Pure. */
export function matchesLabelSelector(selector: LabelSelector | undefined, labels: Readonly<Record<string, string>>): boolean {
  const pairs = Object.entries(selector?.matchLabels ?? {});
  if (!pairs.every(([key, value]) => labels[key] === value)) return false;
  return (selector?.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    const has = Object.hasOwn(labels, key);
    switch (operator) {
      case "In":
        return has && values.includes(labels[key]!);
      case "NotIn":
        return !has || !values.includes(labels[key]!);
      case "Exists":
        return has;
      case "DoesNotExist":
        return !has;
      default:
        return false;
    }
  });
}

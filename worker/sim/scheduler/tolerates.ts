// Toleration matching (k8s.io/api/core/v1 toleration.go, ToleratesTaint).
import type { Taint, Toleration } from "kubernetes-types/core/v1";

/**
 * Whether one toleration matches a taint: an empty effect matches every effect, an empty key
 * (with Exists) every key; operator Exists ignores the value, Equal (the default) compares it. Pure.
 */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  if (toleration.operator === "Exists") return true;
  return (toleration.operator ?? "Equal") === "Equal" && (toleration.value ?? "") === (taint.value ?? "");
}

/** Whether any of the pod's tolerations matches the taint. Pure. */
export function isTaintTolerated(tolerations: readonly Toleration[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((toleration) => toleratesTaint(toleration, taint));
}

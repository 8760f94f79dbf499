// Resource quantities as kubectl describe shows them: Quantity.String() for Limits/Requests, and
// the downward-API value (component-helpers resource.ExtractContainerResourceValue) for env vars.
import type { ResourceFieldSelector } from "kubernetes-types/core/v1";
import { formatQuantity, parseQuantity, quantityMilliValue, quantityValue } from "../cluster/quantity.ts";

/** The canonical text of a quantity, or the text as written if it does not parse. Pure. */
export function quantityText(written: string | number): string {
  const quantity = parseQuantity(written);
  return quantity ? formatQuantity(quantity) : String(written);
}

function ceilDivide(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) return 0n;
  const quotient = numerator / denominator;
  return numerator % denominator > 0n ? quotient + 1n : quotient;
}

/**
 * The value an env var from `resourceFieldRef` gets: the container's limit or request divided by
 * the divisor and rounded up (CPU in cores); an unset limit prints `node allocatable`. Pure.
 */
export function resourceFieldValue(selector: ResourceFieldSelector, limits: Record<string, string | number>, requests: Record<string, string | number>): string {
  const [kind = "", name = ""] = selector.resource.split(".");
  const written = (kind === "limits" ? limits : requests)[name];
  const quantity = written === undefined ? null : parseQuantity(written);
  const divisor = parseQuantity(selector.divisor ?? "1") ?? parseQuantity("1")!;
  const value = quantity === null ? 0n
    : name === "cpu" ? ceilDivide(quantityMilliValue(quantity), quantityMilliValue(divisor))
      : ceilDivide(quantityValue(quantity), quantityValue(divisor));
  if (value === 0n && kind === "limits" && (name === "cpu" || name === "memory")) return "node allocatable";
  return String(value);
}

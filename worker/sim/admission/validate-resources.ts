// Container resources (validation.go ValidateContainerResourceRequirements,
// validateContainerResourceName, ValidateResourceQuantityValue). Map keys are visited in sorted
// order, where Go's map order is random.
import type { ResourceRequirements } from "kubernetes-types/core/v1";
import { type FieldError, forbidden, invalid, required } from "./field-error.ts";
import type { FieldPath } from "./field-path.ts";
import { compareQuantities, formatQuantity, parseQuantity, type Quantity, quantityMilliValue } from "../cluster/quantity.ts";
import { isQualifiedName } from "./validate-names.ts";

const standardResources = new Set(["cpu", "memory", "ephemeral-storage"]);

/** Errors of one container's resources; `path` is `….resources`. Pure. */
export function validateResources(resources: ResourceRequirements, path: FieldPath): FieldError[] {
  const limits = parsedList(resources.limits);
  const requests = parsedList(resources.requests);
  const limitsPath = [...path, "limits"];
  const requestsPath = [...path, "requests"];
  const errors: FieldError[] = [];
  for (const [name, quantity] of limits) errors.push(...validateQuantity(name, quantity, [...limitsPath, { key: name }]));
  for (const [name, quantity] of requests) {
    errors.push(...validateQuantity(name, quantity, [...requestsPath, { key: name }]));
    const limit = limits.get(name);
    if (limit && !isOvercommitAllowed(name) && compareQuantities(quantity, limit) !== 0) {
      errors.push(invalid(requestsPath, formatQuantity(quantity), `must be equal to ${name} limit of ${formatQuantity(limit)}`));
    } else if (limit && compareQuantities(quantity, limit) > 0) {
      errors.push(invalid(requestsPath, formatQuantity(quantity), `must be less than or equal to ${name} limit of ${formatQuantity(limit)}`));
    } else if (!limit && !isOvercommitAllowed(name)) {
      errors.push(required(limitsPath, "Limit must be set for non overcommitable resources"));
    }
  }
  const names = [...limits.keys(), ...requests.keys()];
  if (names.some(isHugePages) && !names.some((n) => n === "cpu" || n === "memory")) errors.push(forbidden(path, "HugePages require cpu or memory"));
  return errors;
}

function parsedList(list: Record<string, string> | undefined): Map<string, Quantity> {
  const parsed = new Map<string, Quantity>();
  for (const name of Object.keys(list ?? {}).sort()) {
    const quantity = parseQuantity(list![name]!);
    if (quantity !== null) parsed.set(name, quantity);
  }
  return parsed;
}

function validateQuantity(name: string, quantity: Quantity, path: FieldPath): FieldError[] {
  const errors = isQualifiedName(name).map((message) => invalid(path, name, message));
  if (!name.includes("/")) {
    if (!standardResources.has(name) && !isHugePages(name)) errors.push(invalid(path, name, "must be a standard resource for containers"));
  } else if (!isNative(name) && !/^[^/]+\/[^/]+$/.test(name)) {
    errors.push(invalid(path, name, "doesn't follow extended resource name standard"));
  }
  if (quantity.mantissa < 0n) errors.push(invalid(path, formatQuantity(quantity), "must be greater than or equal to 0"));
  if (!isNative(name) && !isInteger(quantity)) errors.push(invalid(path, formatQuantity(quantity), "must be an integer"));
  return errors;
}

/** validation.go tests `MilliValue() % 1000`; a non-negative exponent is whole without expanding it. */
const isInteger = (quantity: Quantity) => quantity.exponent >= 0 || quantityMilliValue(quantity) % 1000n === 0n;
const isHugePages = (name: string) => name.startsWith("hugepages-");
const isNative = (name: string) => !name.includes("/") || name.includes("kubernetes.io/");
const isOvercommitAllowed = (name: string) => isNative(name) && !isHugePages(name);

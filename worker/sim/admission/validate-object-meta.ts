// ObjectMeta validation for a Pod (apimachinery api/validation/objectmeta.go ValidateObjectMeta
// with NameIsDNSSubdomain; meta/v1/validation ValidateLabels). Map keys are visited in sorted
// order, where Go's map order is random.
import type { ObjectMeta } from "kubernetes-types/meta/v1";
import { type FieldError, invalid, required, tooLong } from "./field-error.ts";
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from "./validate-names.ts";

const totalAnnotationSizeLimitB = 256 * 1024;

/** Errors in a pod's metadata, in the API server's order. Pure. */
export function validateObjectMeta(meta: ObjectMeta): FieldError[] {
  const errors: FieldError[] = [];
  if (meta.generateName) {
    const masked = meta.generateName.length > 1 && meta.generateName.endsWith("-") ? `${meta.generateName.slice(0, -1)}a` : meta.generateName;
    errors.push(...isDNS1123Subdomain(masked).map((m) => invalid(["metadata", "generateName"], meta.generateName, m)));
  }
  if (!meta.name) errors.push(required(["metadata", "name"], "name or generateName is required"));
  else errors.push(...isDNS1123Subdomain(meta.name).map((m) => invalid(["metadata", "name"], meta.name, m)));
  if (!meta.namespace) errors.push(required(["metadata", "namespace"]));
  else errors.push(...isDNS1123Label(meta.namespace).map((m) => invalid(["metadata", "namespace"], meta.namespace, m)));
  errors.push(...validateLabels(meta.labels, ["metadata", "labels"]));
  errors.push(...validateAnnotations(meta.annotations ?? {}));
  return errors;
}

/** ValidateLabels: keys are qualified names, values label values; errors name the map itself. Pure. */
export function validateLabels(labels: Record<string, string> | undefined, path: readonly string[]): FieldError[] {
  return Object.keys(labels ?? {}).sort().flatMap((key) => [
    ...isQualifiedName(key).map((m) => invalid(path, key, m)),
    ...isValidLabelValue(labels![key]!).map((m) => invalid(path, labels![key], m)),
  ]);
}

function validateAnnotations(annotations: Record<string, string>): FieldError[] {
  const path = ["metadata", "annotations"];
  const keys = Object.keys(annotations).sort();
  const errors = keys.flatMap((key) => isQualifiedName(key.toLowerCase()).map((m) => invalid(path, key, m)));
  const size = keys.reduce((total, key) => total + key.length + annotations[key]!.length, 0);
  if (size > totalAnnotationSizeLimitB) errors.push(tooLong(path, totalAnnotationSizeLimitB));
  return errors;
}

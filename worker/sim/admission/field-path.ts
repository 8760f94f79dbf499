// Field paths as the API server writes them (k8s.io/apimachinery/pkg/util/validation/field.Path):
// struct fields joined by ".", list indexes as "[0]", map keys as "[key]".

/** One step of a field path: a JSON field name, a list index, or a map key. */
export type PathStep = string | number | { key: string };

/** A path from the Pod's root, e.g. `["spec", "containers", 0, "image"]`. */
export type FieldPath = readonly PathStep[];

/** `["spec","containers",0,"image"]` → `spec.containers[0].image`; `{key}` steps print as `[key]`. Pure. */
export function formatFieldPath(path: FieldPath): string {
  let text = "";
  for (const step of path) {
    if (typeof step === "number") text += `[${step}]`;
    else if (typeof step === "object") text += `[${step.key}]`;
    else text += text === "" ? step : `.${step}`;
  }
  return text;
}

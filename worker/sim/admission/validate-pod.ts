// Pod validation on create (validation.go validatePodMetadataAndSpec): metadata, the spec, then
// the checks that apply only to Pods (not pod templates), such as whitespace around images.
import type { Pod } from "kubernetes-types/core/v1";
import { type FieldError, invalid } from "./field-error.ts";
import { validateObjectMeta } from "./validate-object-meta.ts";
import { validatePodSpec } from "./validate-pod-spec.ts";

/** Every validation error of a defaulted, admitted Pod, in the API server's order. Pure. */
export function validatePod(pod: Pod): FieldError[] {
  const spec = pod.spec ?? { containers: [] };
  const imageWhitespace = (kind: "containers" | "initContainers") =>
    (spec[kind] ?? []).flatMap((container, index) => {
      const image = container.image ?? "";
      return image === image.trim() ? [] : [invalid(["spec", kind, index, "image"], image, "must not have leading or trailing whitespace")];
    });
  return [...validateObjectMeta(pod.metadata ?? {}), ...validatePodSpec(spec), ...imageWhitespace("containers"), ...imageWhitespace("initContainers")];
}

// PodSpec validation (validation.go ValidatePodSpec), in the API server's order: grace period,
// volumes, containers, init containers, then the pod-level fields.
import type { PodSpec } from "kubernetes-types/core/v1";
import { type FieldError, required } from "./field-error.ts";
import { validateContainers, validateInitContainers } from "./validate-containers.ts";
import { validatePodLevelFields } from "./validate-pod-level-fields.ts";
import { validateVolumes } from "./validate-volumes.ts";

/** Errors of a defaulted and admitted PodSpec. Pure. */
export function validatePodSpec(spec: PodSpec): FieldError[] {
  const errors: FieldError[] = [];
  if (spec.terminationGracePeriodSeconds === undefined) errors.push(required(["spec", "terminationGracePeriodSeconds"]));
  const { errors: volumeErrors, valid } = validateVolumes(spec.volumes ?? []);
  const context = { volumes: valid, gracePeriod: spec.terminationGracePeriodSeconds ?? 30 };
  errors.push(...volumeErrors);
  errors.push(...validateContainers(spec.containers ?? [], context));
  errors.push(...validateInitContainers(spec.initContainers ?? [], spec.containers ?? [], context));
  errors.push(...validatePodLevelFields(spec));
  return errors;
}

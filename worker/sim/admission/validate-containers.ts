// Regular and init containers (validation.go validateContainers, validateInitContainers,
// validateContainerCommon, validatePullPolicy, ValidateSecurityContext).
import type { Container } from "kubernetes-types/core/v1";
import { duplicate, type FieldError, forbidden, invalid, notSupported, required } from "./field-error.ts";
import type { FieldPath } from "./field-path.ts";
import { validateEnv, validateEnvFrom } from "./validate-env.ts";
import { isDNS1123Label } from "./validate-names.ts";
import { checkHostPortConflicts, validateContainerPorts } from "./validate-ports.ts";
import { validateHooksAndProbes } from "./validate-probes.ts";
import { validateResources } from "./validate-resources.ts";
import { validateVolumeMounts } from "./validate-volume-mounts.ts";

/** What every container check needs from the pod. */
export interface ContainerContext {
  volumes: ReadonlySet<string>;
  gracePeriod: number;
}

/** spec.containers: each container, then host-port conflicts across all of them. Pure. */
export function validateContainers(containers: readonly Container[], context: ContainerContext): FieldError[] {
  const path = ["spec", "containers"];
  if (containers.length === 0) return [required(path)];
  const names = new Set<string>();
  const errors = containers.flatMap((container, index) => {
    const own = validateContainerCommon(container, context, [...path, index]);
    const name = container.name ?? "";
    if (names.has(name)) own.push(duplicate([...path, index, "name"], name));
    names.add(name);
    own.push(...validateHooksAndProbes(container, context.gracePeriod, [...path, index]));
    if (container.restartPolicy !== undefined) own.push(forbidden([...path, index, "restartPolicy"], "may not be set for non-init containers"));
    return own;
  });
  return [...errors, ...checkHostPortConflicts(containers, path)];
}

/**
 * spec.initContainers: names must differ from every regular and earlier init container; host
 * ports are checked one container at a time (upstream reports them at index 0); hooks and probes
 * are only allowed on restartable (sidecar) init containers. Pure.
 */
export function validateInitContainers(initContainers: readonly Container[], containers: readonly Container[], context: ContainerContext): FieldError[] {
  const path = ["spec", "initContainers"];
  const names = new Set(containers.map((container) => container.name ?? ""));
  return initContainers.flatMap((container, index) => {
    const errors = validateContainerCommon(container, context, [...path, index]);
    const policy = container.restartPolicy;
    if (policy !== undefined && policy !== "Always") errors.push(notSupported([...path, index, "restartPolicy"], policy, ["Always"]));
    if (names.has(container.name ?? "")) errors.push(duplicate([...path, index, "name"], container.name ?? ""));
    else if (container.name) names.add(container.name);
    errors.push(...checkHostPortConflicts([container], path));
    if (policy === "Always") errors.push(...validateHooksAndProbes(container, context.gracePeriod, [...path, index]));
    else {
      for (const field of ["lifecycle", "livenessProbe", "readinessProbe", "startupProbe"] as const) {
        if (container[field]) errors.push(forbidden([...path, index, field], "may not be set for init containers without restartPolicy=Always"));
      }
    }
    return errors;
  });
}

function validateContainerCommon(container: Container, context: ContainerContext, path: FieldPath): FieldError[] {
  const errors: FieldError[] = [];
  const at = (...steps: string[]) => [...path, ...steps];
  if (!container.name) errors.push(required(at("name")));
  else errors.push(...isDNS1123Label(container.name).map((m) => invalid(at("name"), container.name, m)));
  if (!container.image) errors.push(required(at("image")));
  errors.push(...validateOneOf(container.terminationMessagePolicy, ["File", "FallbackToLogsOnError"], at("terminationMessagePolicy")));
  errors.push(...validateContainerPorts(container.ports ?? [], at("ports")));
  errors.push(...validateEnv(container.env ?? [], at("env")));
  errors.push(...validateEnvFrom(container.envFrom ?? [], at("envFrom")));
  errors.push(...validateVolumeMounts(container, context.volumes, at("volumeMounts")));
  errors.push(...validateOneOf(container.imagePullPolicy, ["Always", "IfNotPresent", "Never"], at("imagePullPolicy")));
  errors.push(...validateResources(container.resources ?? {}, at("resources")));
  errors.push(...validateSecurityContext(container, at("securityContext")));
  return errors;
}

/** An enumeration: empty is Required, anything else outside `allowed` is NotSupported. */
function validateOneOf(value: string | undefined, allowed: readonly string[], path: FieldPath): FieldError[] {
  if (!value) return [required(path)];
  return allowed.includes(value) ? [] : [notSupported(path, value, allowed)];
}

function validateSecurityContext(container: Container, path: FieldPath): FieldError[] {
  const context = container.securityContext;
  const errors: FieldError[] = [];
  for (const field of ["runAsUser", "runAsGroup"] as const) {
    const id = context?.[field];
    if (id !== undefined && (id < 0 || id > 2147483647)) errors.push(invalid([...path, field], id, "must be between 0 and 2147483647, inclusive"));
  }
  return errors;
}

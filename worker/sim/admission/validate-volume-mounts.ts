// volumeMounts (validation.go ValidateVolumeMounts, validateMountPropagation). As upstream, the
// subPath and mountPropagation errors are reported on `….volumeMounts.subPath` (no index).
import type { Container, VolumeMount } from "kubernetes-types/core/v1";
import { type FieldError, forbidden, invalid, notFound, notSupported, required } from "./field-error.ts";
import type { FieldPath } from "./field-path.ts";
import { validateLocalDescendingPath } from "./validate-paths.ts";

const propagations = ["Bidirectional", "HostToContainer", "None"];

/** Errors of one container's mounts against the pod's valid volume names. Pure. */
export function validateVolumeMounts(container: Container, volumes: ReadonlySet<string>, path: FieldPath): FieldError[] {
  const errors: FieldError[] = [];
  const mountPoints = new Set<string>();
  (container.volumeMounts ?? []).forEach((mount, index) => {
    const at = (field: string) => [...path, index, field];
    const { name = "", mountPath = "" } = mount;
    if (!name) errors.push(required(at("name")));
    if (!volumes.has(name)) errors.push(notFound(at("name"), name));
    if (!mountPath) errors.push(required(at("mountPath")));
    if (mountPoints.has(mountPath)) errors.push(invalid(at("mountPath"), mountPath, "must be unique"));
    mountPoints.add(mountPath);
    if (mount.subPath) errors.push(...validateLocalDescendingPath(mount.subPath, [...path, "subPath"]));
    if (mount.subPathExpr) {
      if (mount.subPath) errors.push(invalid(at("subPathExpr"), mount.subPathExpr, "subPathExpr and subPath are mutually exclusive"));
      errors.push(...validateLocalDescendingPath(mount.subPathExpr, [...path, "subPathExpr"]));
    }
    errors.push(...validatePropagation(mount, container, [...path, "mountPropagation"]));
  });
  return errors;
}

function validatePropagation(mount: VolumeMount, container: Container, path: FieldPath): FieldError[] {
  if (mount.mountPropagation === undefined) return [];
  const errors = propagations.includes(mount.mountPropagation) ? [] : [notSupported(path, mount.mountPropagation, propagations)];
  if (mount.mountPropagation === "Bidirectional" && !container.securityContext?.privileged) {
    errors.push(forbidden(path, "Bidirectional mount propagation is available only to privileged containers"));
  }
  return errors;
}

// spec.volumes (validation.go ValidateVolumes): each volume's source first, then its name; a
// volume with any error is left out of the set that volumeMounts may name.
import type { Volume } from "kubernetes-types/core/v1";
import { duplicate, type FieldError, invalid, required } from "./field-error.ts";
import { validateVolumeSource } from "./validate-volume-source.ts";
import { isDNS1123Label } from "./validate-names.ts";

/** Volume errors, and the names of the volumes that passed. Pure. */
export function validateVolumes(volumes: readonly Volume[]): { errors: FieldError[]; valid: Set<string> } {
  const errors: FieldError[] = [];
  const valid = new Set<string>();
  volumes.forEach((volume, index) => {
    const namePath = ["spec", "volumes", index, "name"];
    const own = validateVolumeSource(volume, ["spec", "volumes", index]);
    if (!volume.name) own.push(required(namePath));
    else own.push(...isDNS1123Label(volume.name).map((message) => invalid(namePath, volume.name, message)));
    if (valid.has(volume.name ?? "")) own.push(duplicate(namePath, volume.name ?? ""));
    if (own.length === 0) valid.add(volume.name);
    errors.push(...own);
  });
  return { errors, valid };
}

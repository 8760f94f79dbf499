// One volume's source (validation.go validateVolumeSource and the per-source validators), for
// the sources a Pod exercise uses; the others are counted but not inspected. The sources are
// checked in the API server's order, and each one after the first is Forbidden on its own path
// (with the server's spelling of that path: `cephFS`, `downwarAPI`).
import type { DownwardAPIVolumeFile, KeyToPath, Volume, VolumeProjection } from "kubernetes-types/core/v1";
import { type FieldError, forbidden, invalid, notSupported, required } from "./field-error.ts";
import type { FieldPath } from "./field-path.ts";
import { validateObjectFieldSelector } from "./validate-field-selector.ts";
import { validateFileMode, validateLocalNonReservedPath, validatePathNoBacksteps } from "./validate-paths.ts";

type Source = Exclude<keyof Volume, "name">;

/** Every source in validateVolumeSource's order, with the name its Forbidden error uses. */
const sourceOrder: [Source, string][] = [
  ["emptyDir", "emptyDir"], ["hostPath", "hostPath"], ["gitRepo", "gitRepo"], ["gcePersistentDisk", "gcePersistentDisk"],
  ["awsElasticBlockStore", "awsElasticBlockStore"], ["secret", "secret"], ["nfs", "nfs"], ["iscsi", "iscsi"],
  ["glusterfs", "glusterfs"], ["flocker", "flocker"], ["persistentVolumeClaim", "persistentVolumeClaim"], ["rbd", "rbd"],
  ["cinder", "cinder"], ["cephfs", "cephFS"], ["quobyte", "quobyte"], ["downwardAPI", "downwarAPI"], ["fc", "fc"],
  ["flexVolume", "flexVolume"], ["configMap", "configMap"], ["azureFile", "azureFile"], ["vsphereVolume", "vsphereVolume"],
  ["photonPersistentDisk", "photonPersistentDisk"], ["portworxVolume", "portworxVolume"], ["azureDisk", "azureDisk"],
  ["storageos", "storageos"], ["projected", "projected"], ["scaleIO", "scaleIO"], ["csi", "csi"], ["ephemeral", "ephemeral"],
];

const hostPathTypes = ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"];

/** Errors of one volume's source; `path` is `spec.volumes[i]`. Pure. */
export function validateVolumeSource(volume: Volume, path: FieldPath): FieldError[] {
  const errors: FieldError[] = [];
  let count = 0;
  for (const [source, forbiddenName] of sourceOrder) {
    if (volume[source] === undefined) continue;
    if (count++ > 0) errors.push(forbidden([...path, forbiddenName], "may not specify more than 1 volume type"));
    else errors.push(...validateOneSource(volume, source, [...path, source]));
  }
  if (count === 0) errors.push(required(path, "must specify a volume type"));
  return errors;
}

function validateOneSource(volume: Volume, source: Source, path: FieldPath): FieldError[] {
  switch (source) {
    case "hostPath": {
      const { path: hostPath, type } = volume.hostPath!;
      if (!hostPath) return [required([...path, "path"])];
      const typeErrors = type !== undefined && !hostPathTypes.includes(type) ? [notSupported([...path, "type"], type, hostPathTypes)] : [];
      return [...validatePathNoBacksteps(hostPath, [...path, "path"]), ...typeErrors];
    }
    case "secret":
      return validateKeyedSource(volume.secret!.secretName, "secretName", volume.secret!.defaultMode, volume.secret!.items, path);
    case "configMap":
      return validateKeyedSource(volume.configMap!.name, "name", volume.configMap!.defaultMode, volume.configMap!.items, path);
    case "persistentVolumeClaim":
      return volume.persistentVolumeClaim!.claimName ? [] : [required([...path, "claimName"])];
    case "nfs":
      return validateNfs(volume.nfs!.server, volume.nfs!.path, path);
    case "downwardAPI":
      return [
        ...validateFileMode(volume.downwardAPI!.defaultMode, [...path, "defaultMode"]),
        ...(volume.downwardAPI!.items ?? []).flatMap((file) => validateDownwardAPIFile(file, path)),
      ];
    case "projected":
      return [...validateFileMode(volume.projected!.defaultMode, [...path, "defaultMode"]), ...validateProjections(volume.projected!.sources ?? [], path)];
    default:
      return [];
  }
}

function validateKeyedSource(name: string | undefined, nameField: string, mode: number | undefined, items: KeyToPath[] | undefined, path: FieldPath): FieldError[] {
  return [
    ...(name ? [] : [required([...path, nameField])]),
    ...validateFileMode(mode, [...path, "defaultMode"]),
    ...(items ?? []).flatMap((item, index) => validateKeyToPath(item, [...path, "items", index])),
  ];
}

function validateKeyToPath(item: KeyToPath, path: FieldPath): FieldError[] {
  return [
    ...(item.key ? [] : [required([...path, "key"])]),
    ...(item.path ? [] : [required([...path, "path"])]),
    ...validateLocalNonReservedPath(item.path ?? "", [...path, "path"]),
    ...validateFileMode(item.mode, [...path, "mode"]),
  ];
}

function validateNfs(server: string | undefined, exportPath: string | undefined, path: FieldPath): FieldError[] {
  return [
    ...(server ? [] : [required([...path, "server"])]),
    ...(exportPath ? [] : [required([...path, "path"])]),
    ...(exportPath?.startsWith("/") ? [] : [invalid([...path, "path"], exportPath ?? "", "must be an absolute path")]),
  ];
}

/** validateDownwardAPIVolumeFile; the server reports item errors on the source's path, not the item's. */
function validateDownwardAPIFile(file: DownwardAPIVolumeFile, path: FieldPath): FieldError[] {
  const errors: FieldError[] = file.path ? [] : [required([...path, "path"])];
  errors.push(...validateLocalNonReservedPath(file.path ?? "", [...path, "path"]));
  if (file.fieldRef) {
    errors.push(...validateObjectFieldSelector(file.fieldRef, "volume", [...path, "fieldRef"]));
    if (file.resourceFieldRef) errors.push(invalid(path, "resource", "fieldRef and resourceFieldRef can not be specified simultaneously"));
  } else if (file.resourceFieldRef) {
    if (!file.resourceFieldRef.containerName) errors.push(required([...path, "resourceFieldRef", "containerName"]));
  } else {
    errors.push(required(path, "one of fieldRef and resourceFieldRef is required"));
  }
  errors.push(...validateFileMode(file.mode, [...path, "mode"]));
  return errors;
}

function validateProjections(sources: VolumeProjection[], path: FieldPath): FieldError[] {
  const errors: FieldError[] = [];
  const paths = new Set<string>();
  const claim = (target: string, value: string) => {
    if (paths.has(target)) errors.push(invalid(path, value, "conflicting duplicate paths"));
    paths.add(target);
  };
  sources.forEach((source, index) => {
    const sourcePath = [...path, "sources", index];
    const keyed = source.secret ? ["secret", source.secret] as const : source.configMap ? ["configMap", source.configMap] as const : null;
    if (keyed) {
      const [kind, { name, items }] = keyed;
      if (!name) errors.push(required([...sourcePath, kind, "name"]));
      (items ?? []).forEach((item, i) => {
        errors.push(...validateKeyToPath(item, [...sourcePath, kind, "items", i]));
        if (item.path) claim(item.path, name ?? "");
      });
    }
    for (const file of source.downwardAPI?.items ?? []) {
      errors.push(...validateDownwardAPIFile(file, [...sourcePath, "downwardAPI"]));
      if (file.path) claim(file.path, file.path);
    }
    if (source.serviceAccountToken) errors.push(...validateTokenProjection(source.serviceAccountToken, sourcePath, path));
    const count = ["secret", "configMap", "downwardAPI", "serviceAccountToken", "clusterTrustBundle"].filter((k) => k in source).length;
    if (count > 1) errors.push(forbidden(sourcePath, "may not specify more than 1 volume type per source"));
  });
  return errors;
}

/** The token's `path` errors land on the projected volume's path (`….projected.path`), as upstream. */
function validateTokenProjection(token: { expirationSeconds?: number; path: string }, sourcePath: FieldPath, path: FieldPath): FieldError[] {
  const errors: FieldError[] = [];
  const seconds = token.expirationSeconds ?? 0;
  const secondsPath = [...sourcePath, "serviceAccountToken", "expirationSeconds"];
  if (seconds < 600) errors.push(invalid(secondsPath, seconds, "may not specify a duration less than 10 minutes"));
  if (seconds > 2 ** 32) errors.push(invalid(secondsPath, seconds, "may not specify a duration larger than 2^32 seconds"));
  if (!token.path) errors.push(required([...path, "path"]));
  else errors.push(...validateLocalNonReservedPath(token.path, [...path, "path"]));
  return errors;
}

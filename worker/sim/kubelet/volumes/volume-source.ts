// A pod volume as the runtime mounts it (kubelet-semantics.md §13–14): emptyDir and hostPath pass
// through; secret, configMap, downwardAPI and projected volumes become file trees built from the
// cluster's objects, or the FailedMount errors of K19/J2/J3. Volume types the simulator has no
// model for (persistentVolumeClaim, nfs, …) are mounted as an empty directory.
import type { KeyToPath, Volume, VolumeProjection } from "kubernetes-types/core/v1";
import type { Cluster } from "../../cluster/cluster.ts";
import type { VolumeSource } from "../../runtime/runtime-types.ts";
import type { PodState } from "../pod-state.ts";
import { stableHex } from "../stable-hash.ts";
import { configMapData, secretData } from "./cluster-objects.ts";
import { fieldRefValue } from "./field-ref.ts";

type File = { path: string; data: string; mode: number };
type Files = { files: File[]; errors: string[] };

/** The runtime source of a volume, or the FailedMount detail. Pure. */
export function volumeSource(state: PodState, cluster: Cluster, volume: Volume): { source: VolumeSource } | { error: string } {
  if (volume.hostPath) {
    const type = (volume.hostPath.type ?? "") as Extract<VolumeSource, { kind: "hostPath" }>["type"];
    return { source: { kind: "hostPath", path: volume.hostPath.path, type } };
  }
  const files = filesOf(state, cluster, volume);
  if (files === undefined) return { source: { kind: "emptyDir" } };
  if (files.errors.length === 1) return { error: files.errors[0]! };
  if (files.errors.length > 1) return { error: `[${files.errors.join(", ")}]` };
  return { source: { kind: "files", files: files.files } };
}

/** Whether a volume is always mounted read-only (J4). Pure. */
export function isReadOnlyVolume(volume: Volume | undefined): boolean {
  return volume !== undefined && Boolean(volume.secret || volume.configMap || volume.downwardAPI || volume.projected);
}

function filesOf(state: PodState, cluster: Cluster, volume: Volume): Files | undefined {
  const namespace = state.pod.namespace;
  if (volume.secret) {
    const { secretName = "", items, optional, defaultMode = 420 } = volume.secret;
    return keyFiles(secretData(cluster, namespace, secretName), items, optional === true, defaultMode, `secret "${secretName}" not found`, "references non-existent secret key");
  }
  if (volume.configMap) {
    const { name = "", items, optional, defaultMode = 420 } = volume.configMap;
    return keyFiles(configMapData(cluster, namespace, name), items, optional === true, defaultMode, `configmap "${name}" not found`, "configmap references non-existent config key");
  }
  if (volume.downwardAPI) return downwardFiles(state, volume.downwardAPI.items ?? [], volume.downwardAPI.defaultMode ?? 420);
  if (volume.projected) return projectedFiles(state, cluster, volume.projected.sources ?? [], volume.projected.defaultMode ?? 420);
  return undefined;
}

function keyFiles(
  data: Record<string, string> | undefined, items: KeyToPath[] | undefined, isOptional: boolean, mode: number, missing: string, missingKey: string,
): Files {
  if (data === undefined) return isOptional ? { files: [], errors: [] } : { files: [], errors: [missing] };
  if (items === undefined || items.length === 0) {
    const keys = Object.keys(data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { files: keys.map((key) => ({ path: key, data: data[key]!, mode })), errors: [] };
  }
  const out: Files = { files: [], errors: [] };
  for (const item of items) {
    const value = data[item.key];
    if (value === undefined) {
      if (!isOptional) out.errors.push(`${missingKey}: ${item.key}`);
      continue;
    }
    out.files.push({ path: item.path, data: value, mode: item.mode ?? mode });
  }
  return out;
}

function downwardFiles(state: PodState, items: NonNullable<NonNullable<Volume["downwardAPI"]>["items"]>, mode: number): Files {
  const files: File[] = [];
  for (const item of items) {
    const value = item.fieldRef ? fieldRefValue(state, item.fieldRef.fieldPath) : "0";
    files.push({ path: item.path, data: value ?? "", mode: item.mode ?? mode });
  }
  return { files, errors: [] };
}

function projectedFiles(state: PodState, cluster: Cluster, sources: VolumeProjection[], mode: number): Files {
  const out: Files = { files: [], errors: [] };
  for (const source of sources) {
    let part: Files = { files: [], errors: [] };
    if (source.secret) {
      const { name = "", items, optional } = source.secret;
      part = keyFiles(secretData(cluster, state.pod.namespace, name), items, optional === true, mode, `secret "${name}" not found`, "references non-existent secret key");
    } else if (source.configMap) {
      const { name = "", items, optional } = source.configMap;
      part = keyFiles(configMapData(cluster, state.pod.namespace, name), items, optional === true, mode, `configmap "${name}" not found`, "configmap references non-existent config key");
    } else if (source.downwardAPI) {
      part = downwardFiles(state, source.downwardAPI.items ?? [], mode);
    } else if (source.serviceAccountToken) {
      part = { files: [{ path: source.serviceAccountToken.path, data: serviceAccountToken(state), mode }], errors: [] };
    }
    out.files.push(...part.files);
    out.errors.push(...part.errors);
  }
  return out;
}

/** A JWT-shaped token for the pod's ServiceAccount (J7); fixed per pod, never verifiable. */
function serviceAccountToken(state: PodState): string {
  const claims = `{"sub":"system:serviceaccount:${state.pod.namespace}:${state.pod.serviceAccountName}"}`;
  return `${tokenHeader}.${base64Url(claims)}.${stableHex(`token:${state.pod.uid}`, 64)}`;
}

/** Unpadded base64url, as JWT segments are written. Pure. */
function base64Url(text: string): string {
  return btoa(text).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/** The token's first segment, the same for every pod: made once, as btoa is slow enough to show per simulation. */
const tokenHeader = base64Url('{"alg":"RS256","kid":"podlab"}');

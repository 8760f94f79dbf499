// Volume defaults (pkg/apis/core/v1/defaults.go: SetDefaults_Volume and the per-source
// defaulters): a volume with no source becomes emptyDir; file modes default to 0644 (420);
// a projected service-account token lives 3600 s; downward-API fieldRefs get apiVersion v1;
// hostPath.type becomes "" (no check).
import type { DownwardAPIVolumeFile, VolumeProjection, Volume } from "kubernetes-types/core/v1";

const defaultMode = 420;

/** A volume with the API server's defaults filled in. Pure. */
export function defaultVolume(volume: Volume): Volume {
  const hasSource = Object.keys(volume).some((key) => key !== "name");
  const defaulted: Volume = hasSource ? { ...volume } : { ...volume, emptyDir: {} };
  if (volume.secret) defaulted.secret = { ...volume.secret, defaultMode: volume.secret.defaultMode ?? defaultMode };
  if (volume.configMap) defaulted.configMap = { ...volume.configMap, defaultMode: volume.configMap.defaultMode ?? defaultMode };
  if (volume.hostPath) defaulted.hostPath = { ...volume.hostPath, type: volume.hostPath.type ?? "" };
  if (volume.downwardAPI) {
    const items = volume.downwardAPI.items?.map(defaultDownwardAPIFile);
    defaulted.downwardAPI = { ...volume.downwardAPI, defaultMode: volume.downwardAPI.defaultMode ?? defaultMode, ...(items && { items }) };
  }
  if (volume.projected) {
    const sources = volume.projected.sources?.map(defaultProjection);
    defaulted.projected = { ...volume.projected, defaultMode: volume.projected.defaultMode ?? defaultMode, ...(sources && { sources }) };
  }
  return defaulted;
}

function defaultProjection(source: VolumeProjection): VolumeProjection {
  const defaulted: VolumeProjection = { ...source };
  if (source.serviceAccountToken) {
    defaulted.serviceAccountToken = { ...source.serviceAccountToken, expirationSeconds: source.serviceAccountToken.expirationSeconds ?? 3600 };
  }
  if (source.downwardAPI?.items) defaulted.downwardAPI = { ...source.downwardAPI, items: source.downwardAPI.items.map(defaultDownwardAPIFile) };
  return defaulted;
}

function defaultDownwardAPIFile(file: DownwardAPIVolumeFile): DownwardAPIVolumeFile {
  if (!file.fieldRef) return file;
  return { ...file, fieldRef: { ...file.fieldRef, apiVersion: file.fieldRef.apiVersion || "v1" } };
}

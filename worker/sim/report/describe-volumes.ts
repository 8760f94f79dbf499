// The Volumes section of `kubectl describe pod` for the volume types PodLab simulates
// (describe.go describeVolumes and its print*VolumeSource helpers, v1.31 wording).
import type { Volume, VolumeProjection } from "kubernetes-types/core/v1";
import { quantityText } from "./quantity-text.ts";

const L1 = "  ";
const L2 = "    ";
const L3 = "      ";

/** Go's %v of an optional *bool that kubectl prints without dereferencing: only nil reads well. */
function optionalPointer(value: boolean | undefined): string {
  return value === undefined ? "<nil>" : String(value);
}

function projectionLines(source: VolumeProjection): string {
  if (source.secret) return `${L2}SecretName:\t${source.secret.name ?? ""}\n${L2}SecretOptionalName:\t${optionalPointer(source.secret.optional)}\n`;
  if (source.downwardAPI) return `${L2}DownwardAPI:\ttrue\n`;
  if (source.configMap) return `${L2}ConfigMapName:\t${source.configMap.name ?? ""}\n${L2}ConfigMapOptional:\t${optionalPointer(source.configMap.optional)}\n`;
  if (source.serviceAccountToken) return `${L2}TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 0}\n`;
  return "";
}

function sourceLines(volume: Volume): string {
  if (volume.hostPath) return `${L2}Type:\tHostPath (bare host directory volume)\n${L2}Path:\t${volume.hostPath.path}\n${L2}HostPathType:\t${volume.hostPath.type ?? "<none>"}\n`;
  if (volume.emptyDir) {
    const limit = volume.emptyDir.sizeLimit !== undefined && quantityText(volume.emptyDir.sizeLimit) !== "0" ? quantityText(volume.emptyDir.sizeLimit) : "<unset>";
    return `${L2}Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n${L2}Medium:\t${volume.emptyDir.medium ?? ""}\n${L2}SizeLimit:\t${limit}\n`;
  }
  if (volume.secret) return `${L2}Type:\tSecret (a volume populated by a Secret)\n${L2}SecretName:\t${volume.secret.secretName ?? ""}\n${L2}Optional:\t${volume.secret.optional === true}\n`;
  if (volume.configMap) return `${L2}Type:\tConfigMap (a volume populated by a ConfigMap)\n${L2}Name:\t${volume.configMap.name ?? ""}\n${L2}Optional:\t${volume.configMap.optional === true}\n`;
  if (volume.downwardAPI) {
    const items = (volume.downwardAPI.items ?? []).map((item) => {
      const from = item.fieldRef?.fieldPath ?? item.resourceFieldRef?.resource;
      return from === undefined ? "" : `${L3}${from} -> ${item.path}\n`;
    }).join("");
    return `${L2}Type:\tDownwardAPI (a volume populated by information about the pod)\n${L2}Items:\n${items}`;
  }
  if (volume.projected) return `${L2}Type:\tProjected (a volume that contains injected data from multiple sources)\n${(volume.projected.sources ?? []).map(projectionLines).join("")}`;
  return `${L1}<unknown>\n`;
}

/** `Volumes:` with one entry per volume, or `Volumes:\t<none>`. Pure. */
export function describeVolumes(volumes: readonly Volume[] | undefined): string {
  if (!volumes || volumes.length === 0) return "Volumes:\t<none>\n";
  return `Volumes:\n${volumes.map((volume) => `${L1}${volume.name}:\n${sourceLines(volume)}`).join("")}`;
}

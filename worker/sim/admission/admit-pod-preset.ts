// The PodPreset admission plugin as it behaved before its removal in v1.20
// (plugin/pkg/admission/podpreset/admission.go ≤ v1.19; kubelet-semantics.md §15): on create,
// every preset in the pod's namespace whose selector matches the pod's labels is merged into
// the pod, unless any of them conflicts with what the pod already has; then nothing is changed.
import type { Container, EnvVar, Pod, Volume, VolumeMount } from "kubernetes-types/core/v1";
import type { PodPreset } from "../cluster/cluster.ts";
import { defaultEnvVar } from "./default-container.ts";
import { defaultVolume } from "./default-volume.ts";
import { matchesLabelSelector } from "./match-label-selector.ts";

const annotationPrefix = "podpreset.admission.kubernetes.io";

/** The pod after the plugin, and the conflicts that stopped it (each one sentence). */
export interface PodPresetAdmission {
  pod: Pod;
  conflicts: string[];
}

/** Applies the matching presets, in name order (SIM), or none at all on a conflict. Pure. */
export function admitPodPresets(pod: Pod, namespace: string, presets: readonly PodPreset[]): PodPresetAdmission {
  const annotations = pod.metadata?.annotations ?? {};
  if (annotations[`${annotationPrefix}/exclude`] === "true" || annotations["kubernetes.io/config.mirror"]) return { pod, conflicts: [] };
  const labels = pod.metadata?.labels ?? {};
  const matching = presets
    .filter((preset) => (preset.metadata.namespace ?? namespace) === namespace && matchesLabelSelector(preset.spec.selector, labels))
    .map(withDefaults)
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
  if (matching.length === 0) return { pod, conflicts: [] };
  const conflicts = findConflicts(pod, matching);
  if (conflicts.length > 0) return { pod, conflicts };
  return { pod: applyPresets(pod, matching), conflicts: [] };
}

/** Presets are read back from storage defaulted, so they compare with the defaulted pod. */
function withDefaults(preset: PodPreset): PodPreset {
  const { env, volumes } = preset.spec;
  return { ...preset, spec: { ...preset.spec, ...(env && { env: env.map(defaultEnvVar) }), ...(volumes && { volumes: volumes.map(defaultVolume) }) } };
}

function findConflicts(pod: Pod, presets: readonly PodPreset[]): string[] {
  const spec = pod.spec!;
  const containers = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  return [
    ...mergeByName(spec.volumes ?? [], presets, "volumes", (p) => p.spec.volumes).conflicts,
    ...containers.flatMap((container) => [
      ...mergeByName(container.env ?? [], presets, "env", (p) => p.spec.env).conflicts,
      ...mergeVolumeMounts(container.volumeMounts ?? [], presets).conflicts,
    ]),
  ];
}

function applyPresets(pod: Pod, presets: readonly PodPreset[]): Pod {
  const spec = pod.spec!;
  const applyToContainer = (container: Container): Container => {
    const env = mergeByName(container.env ?? [], presets, "env", (p) => p.spec.env).merged;
    const volumeMounts = mergeVolumeMounts(container.volumeMounts ?? [], presets).merged;
    const envFrom = [...(container.envFrom ?? []), ...presets.flatMap((p) => p.spec.envFrom ?? [])];
    return { ...container, ...(env.length && { env }), ...(envFrom.length && { envFrom }), ...(volumeMounts.length && { volumeMounts }) };
  };
  const volumes = mergeByName(spec.volumes ?? [], presets, "volumes", (p) => p.spec.volumes).merged;
  const annotations = { ...pod.metadata?.annotations };
  for (const preset of presets) annotations[`${annotationPrefix}/podpreset-${preset.metadata.name}`] = resourceVersionOf(preset);
  return {
    ...pod,
    metadata: { ...pod.metadata, annotations },
    spec: {
      ...spec,
      containers: spec.containers?.map(applyToContainer),
      ...(spec.initContainers && { initContainers: spec.initContainers.map(applyToContainer) }),
      ...(volumes.length && { volumes }),
    },
  };
}

/** SIM: cluster files rarely carry a resourceVersion; an object read once from storage has "1". */
function resourceVersionOf(preset: PodPreset): string {
  return (preset.metadata as { resourceVersion?: string }).resourceVersion ?? "1";
}

interface Merge<T> {
  merged: T[];
  conflicts: string[];
}

/** mergeEnv / mergeVolumes: append new names, skip identical repeats, report differing ones. */
function mergeByName<T extends EnvVar | Volume>(own: readonly T[], presets: readonly PodPreset[], what: "env" | "volumes", take: (preset: PodPreset) => T[] | undefined): Merge<T> {
  const byName = new Map(own.map((item) => [item.name, item]));
  const merged = [...own];
  const conflicts: string[] = [];
  for (const preset of presets) {
    for (const item of take(preset) ?? []) {
      const found = byName.get(item.name);
      if (!found) {
        byName.set(item.name, item);
        merged.push(item);
      } else if (!deepEqual(found, item)) {
        conflicts.push(`merging ${what} for ${preset.metadata.name} has a conflict on ${item.name}`);
      }
    }
  }
  return { merged, conflicts };
}

/** mergeVolumeMounts: a conflict is a different mount with the same name or the same path. */
function mergeVolumeMounts(own: readonly VolumeMount[], presets: readonly PodPreset[]): Merge<VolumeMount> {
  const byName = new Map(own.map((mount) => [mount.name, mount]));
  const byPath = new Map(own.map((mount) => [mount.mountPath, mount]));
  const merged = [...own];
  const conflicts: string[] = [];
  for (const preset of presets) {
    for (const mount of preset.spec.volumeMounts ?? []) {
      const sameName = byName.get(mount.name);
      if (!sameName) {
        byName.set(mount.name, mount);
        merged.push(mount);
      } else if (!deepEqual(sameName, mount)) {
        conflicts.push(`merging volume mounts for ${preset.metadata.name} has a conflict on ${mount.name}`);
      }
      const samePath = byPath.get(mount.mountPath);
      if (!samePath) byPath.set(mount.mountPath, mount);
      else if (!deepEqual(samePath, mount)) {
        conflicts.push(`merging volume mounts for ${preset.metadata.name} has a conflict on mount path ${mount.mountPath}`);
      }
    }
  }
  return { merged, conflicts };
}

/** reflect.DeepEqual over decoded JSON values: key order does not matter. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

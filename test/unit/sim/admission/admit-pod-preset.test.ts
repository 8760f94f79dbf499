import { describe, expect, it } from "vitest";
import type { PodPreset } from "../../../../worker/sim/cluster/cluster.ts";
import { admitPod } from "../../../../worker/sim/admission/admit-pod.ts";
import { podYaml } from "./pod-yaml.ts";

// kubelet-semantics.md §15, after the v1.6–v1.19 documentation example "allow-database".
function preset(name: string, spec: PodPreset["spec"], namespace?: string): PodPreset {
  return { apiVersion: "settings.k8s.io/v1alpha1", kind: "PodPreset", metadata: { name, ...(namespace && { namespace }) }, spec };
}

const allowDatabase = preset("allow-database", {
  selector: { matchLabels: { role: "frontend" } },
  env: [{ name: "DB_PORT", value: "6379" }],
  volumeMounts: [{ mountPath: "/cache", name: "cache-volume" }],
  volumes: [{ name: "cache-volume", emptyDir: {} }],
});

const website = (labels: string, extra = "") =>
  podYaml(`  containers:\n  - name: website\n    image: nginx\n${extra}`, `  name: website\n  labels:\n${labels}`);

const cluster = (...podPresets: PodPreset[]) => ({ namespace: "default", serviceAccounts: [], podPresets });
const admit = (yaml: string, ...presets: PodPreset[]) => admitPod(yaml, undefined, cluster(...presets));

describe("PodPreset admission", () => {
  it("merges a matching preset into every container and annotates the pod", () => {
    const result = admit(website("    app: website\n    role: frontend\n", "  initContainers:\n  - name: init\n    image: busybox\n"), allowDatabase);
    const pod = result.pod!;
    expect(result.warnings).toEqual([]);
    expect(pod.metadata?.annotations).toEqual({ "podpreset.admission.kubernetes.io/podpreset-allow-database": "1" });
    expect(pod.spec?.volumes?.[0]).toEqual({ name: "cache-volume", emptyDir: {} });
    for (const container of [...pod.spec!.containers, ...pod.spec!.initContainers!]) {
      expect(container.env).toEqual([{ name: "DB_PORT", value: "6379" }]);
      expect(container.volumeMounts?.[0]).toEqual({ mountPath: "/cache", name: "cache-volume" });
    }
  });

  const noMatch = [
    { name: "labels the selector does not match", yaml: website("    role: backend\n"), presets: [allowDatabase] },
    { name: "a preset of another namespace", yaml: website("    role: frontend\n"), presets: [{ ...allowDatabase, metadata: { name: "allow-database", namespace: "other" } }] },
    { name: "the exclude annotation", yaml: podYaml("  containers:\n  - name: c\n    image: nginx\n", '  name: x\n  labels:\n    role: frontend\n  annotations:\n    podpreset.admission.kubernetes.io/exclude: "true"\n'), presets: [allowDatabase] },
    { name: "a failed matchExpressions requirement", yaml: website("    role: frontend\n"), presets: [preset("p", { selector: { matchExpressions: [{ key: "tier", operator: "Exists" }] }, env: [{ name: "A", value: "1" }] })] },
  ];
  it.each(noMatch)("leaves the pod alone for $name", ({ yaml, presets }) => {
    const pod = admit(yaml, ...presets).pod!;
    expect(pod.spec?.containers[0]?.env).toBeUndefined();
    expect(Object.keys(pod.metadata?.annotations ?? {}).filter((key) => key.includes("podpreset-"))).toEqual([]);
  });

  it("applies an empty selector to every pod, several presets in name order", () => {
    const pod = admit(website("    role: x\n"), preset("b", { env: [{ name: "B", value: "2" }] }), preset("a", { env: [{ name: "A", value: "1" }] })).pod!;
    expect(pod.spec?.containers[0]?.env?.map((env) => env.name)).toEqual(["A", "B"]);
    expect(Object.keys(pod.metadata?.annotations ?? {})).toEqual(["podpreset.admission.kubernetes.io/podpreset-a", "podpreset.admission.kubernetes.io/podpreset-b"]);
  });

  const conflicts = [
    { name: "an env var with another value", extra: "    env:\n    - name: DB_PORT\n      value: \"5432\"\n", conflict: "merging env for allow-database has a conflict on DB_PORT" },
    {
      name: "a mount at the same path",
      extra: "    volumeMounts:\n    - name: other\n      mountPath: /cache\n  volumes:\n  - name: other\n",
      conflict: "merging volume mounts for allow-database has a conflict on mount path /cache",
    },
  ];
  it.each(conflicts)("changes nothing on a conflict with $name, and warns", ({ extra, conflict }) => {
    const result = admit(website("    role: frontend\n", extra), allowDatabase);
    expect(result.admitted).toBe(true);
    expect(result.pod?.metadata?.annotations).toBeUndefined();
    expect(result.pod?.spec?.volumes?.some((volume) => volume.name === "cache-volume")).toBe(false);
    expect(result.warnings).toEqual([expect.objectContaining({ type: "PodPresetConflict", message: `PodPreset not applied: ${conflict}` })]);
  });

  it("treats an identical env var as no conflict", () => {
    const result = admit(website("    role: frontend\n", '    env:\n    - name: DB_PORT\n      value: "6379"\n'), allowDatabase);
    expect(result.pod?.spec?.containers[0]?.env).toEqual([{ name: "DB_PORT", value: "6379" }]);
    expect(result.warnings).toEqual([]);
  });

  it("lets validation reject a preset mount whose volume does not exist", () => {
    const mountOnly = preset("mount-only", { volumeMounts: [{ mountPath: "/cache", name: "cache-volume" }] });
    const result = admit(website("    role: frontend\n"), mountOnly);
    expect(result.errors).toEqual([expect.objectContaining({ field: "spec.containers[0].volumeMounts[0].name", message: 'spec.containers[0].volumeMounts[0].name: Not found: "cache-volume"', line: 9 })]);
  });
});

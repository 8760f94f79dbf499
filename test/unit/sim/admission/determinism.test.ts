import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PodPreset } from "../../../../worker/sim/cluster/cluster.ts";
import { admitPod } from "../../../../worker/sim/admission/admit-pod.ts";
import { container, nginx, podYaml } from "./pod-yaml.ts";

const presets: PodPreset[] = [
  { apiVersion: "settings.k8s.io/v1alpha1", kind: "PodPreset", metadata: { name: "p" }, spec: { env: [{ name: "A", value: "1" }], volumes: [{ name: "v" }] } },
];
const cluster = { namespace: "lab", serviceAccounts: [], podPresets: presets };

const inputs = [
  { name: "a valid pod", yaml: podYaml(container("    resources:\n      limits:\n        cpu: 0.5\n")) },
  { name: "an invalid pod", yaml: podYaml(`  restartPolicy: Sometimes\n${container("    imagePullPolicy: Sometimes\n")}`, "  name: My_Pod\n") },
  { name: "a pod with unknown fields", yaml: podYaml(`  zone: a\n${nginx}`) },
  { name: "broken YAML", yaml: podYaml("  containers:\n  - name: c\n\timage: nginx\n") },
];

describe("determinism", () => {
  it.each(inputs)("gives byte-identical JSON for $name", ({ yaml }) => {
    expect(JSON.stringify(admitPod(yaml, undefined, cluster))).toBe(JSON.stringify(admitPod(yaml, undefined, cluster)));
  });

  it("never throws on arbitrary JSON under spec, and answers the same twice", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (spec) => {
        const yaml = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec: ${JSON.stringify(spec)}\n`;
        expect(JSON.stringify(admitPod(yaml))).toBe(JSON.stringify(admitPod(yaml)));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it("never throws on arbitrary containers", () => {
    const containerArbitrary = fc.dictionary(
      fc.constantFrom("name", "image", "ports", "env", "volumeMounts", "livenessProbe", "resources", "lifecycle", "restartPolicy"),
      fc.jsonValue({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(fc.array(containerArbitrary, { maxLength: 3 }), (containers) => {
        const yaml = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers: ${JSON.stringify(containers)}\n`;
        expect(() => admitPod(yaml)).not.toThrow();
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

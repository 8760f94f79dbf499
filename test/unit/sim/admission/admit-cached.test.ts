// The admission cache (worker/sim/admission/admit-cached.ts) must answer exactly what the uncached
// path answers, every time, and hand out copies that callers may change freely.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { admitInput, admitUncached } from "../../../../worker/sim/admission/admit-cached.ts";
import { clonePlain, isPlainData } from "../../../../worker/sim/admission/clone-plain.ts";

const goldenRoot = join(dirname(fileURLToPath(import.meta.url)), "../../../golden");

function goldenInputs(): { name: string; podYaml: string; clusterYaml: string | undefined }[] {
  const inputs = [];
  for (const topic of readdirSync(goldenRoot)) {
    if (!statSync(join(goldenRoot, topic)).isDirectory()) continue;
    for (const name of readdirSync(join(goldenRoot, topic))) {
      const dir = join(goldenRoot, topic, name);
      let podYaml: string;
      try {
        podYaml = readFileSync(join(dir, "pod.yaml"), "utf8");
      } catch {
        continue;
      }
      let clusterYaml: string | undefined;
      try {
        clusterYaml = readFileSync(join(dir, "cluster.yaml"), "utf8");
      } catch {
        clusterYaml = undefined;
      }
      inputs.push({ name: `${topic}/${name}`, podYaml, clusterYaml });
    }
  }
  return inputs;
}

const extraInputs = [
  { name: "not yaml", podYaml: "a: [", clusterYaml: undefined },
  { name: "bad cluster", podYaml: "apiVersion: v1\nkind: Pod\n", clusterYaml: "kind: Nope\n" },
  { name: "proto key", podYaml: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    __proto__: x\nspec:\n  containers:\n  - name: c\n    image: busybox\n", clusterYaml: undefined },
];

describe("admitInput", () => {
  it.each([...goldenInputs(), ...extraInputs])("$name: cached equals uncached, on every call", ({ podYaml, clusterYaml }) => {
    const uncached = JSON.stringify(admitUncached(podYaml, clusterYaml));
    const first = admitInput(podYaml, clusterYaml);
    expect(JSON.stringify(first)).toBe(uncached);
    if (first.ok && first.admission.pod !== null) (first.admission.pod as { kind?: string }).kind = "Changed";
    if (first.ok) first.admission.warnings.push({ field: "x", type: "Forbidden", message: "x", line: null, column: null });
    const second = admitInput(podYaml, clusterYaml);
    expect(JSON.stringify(second)).toBe(uncached);
    expect(second).toEqual(admitUncached(podYaml, clusterYaml));
  });
});

describe("clonePlain", () => {
  it("keeps key order, undefined members, null prototypes and __proto__ keys", () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.b = 1;
    const value: Record<string, unknown> = { z: 1, a: undefined, list: [{ y: 2, x: [3] }], bare };
    Object.defineProperty(value, "__proto__", { value: { p: 1 }, enumerable: true, writable: true, configurable: true });
    const copy = clonePlain(value);
    expect(Object.keys(copy)).toEqual(Object.keys(value));
    expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
    expect("a" in copy).toBe(true);
    expect(Object.getPrototypeOf(copy.bare)).toBe(null);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy.list).not.toBe(value.list);
  });

  it("refuses data that is not plain", () => {
    expect(isPlainData({ a: [1, "x", null, true] })).toBe(true);
    expect(isPlainData({ a: new Map() })).toBe(false);
    expect(isPlainData({ a: () => 1 })).toBe(false);
  });
});

// simulate() hands the stored Pod's status out as apiStatus builds it, without re-sorting, so
// apiStatus must build every object in sorted key order (the order of `kubectl get -o json`).
// Every golden pod is run, as it is and deleted midway, and its status is checked all the way down.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../../../../worker/sim/simulate.ts";

const goldenRoot = join(dirname(fileURLToPath(import.meta.url)), "../../../golden");

function goldenCases(): string[] {
  return readdirSync(goldenRoot, { withFileTypes: true }).filter((topic) => topic.isDirectory())
    .flatMap((topic) => readdirSync(join(goldenRoot, topic.name)).map((name) => join(topic.name, name)))
    .filter((name) => existsSync(join(goldenRoot, name, "pod.yaml")));
}

/** Paths of objects whose keys are not in `<` order. */
function unsortedPaths(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => unsortedPaths(item, `${path}[${index}]`));
  if (value === null || typeof value !== "object") return [];
  const keys = Object.keys(value);
  const own = keys.some((key, index) => index > 0 && keys[index - 1]! >= key) ? [path] : [];
  return [...own, ...keys.flatMap((key) => unsortedPaths((value as Record<string, unknown>)[key], `${path}.${key}`))];
}

describe("stored pod status key order", () => {
  it.each(goldenCases())("%s", (name) => {
    const read = (file: string) => (existsSync(join(goldenRoot, name, file)) ? readFileSync(join(goldenRoot, name, file), "utf8") : undefined);
    for (const deleteAtMs of [undefined, 45_000]) {
      const result = simulate({ podYaml: read("pod.yaml")!, clusterYaml: read("cluster.yaml"), untilMs: 600_000, deleteAtMs, execs: [] });
      expect(unsortedPaths(result.pod?.status, "status")).toEqual([]);
    }
  });
});

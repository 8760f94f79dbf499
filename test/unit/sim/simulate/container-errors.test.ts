// Containers that cannot be created (kubelet-semantics.md K12, K14, K15): an image reference the
// kubelet cannot parse, and env references to keys a Secret or ConfigMap does not have.
import { describe, expect, it } from "vitest";
import { eventTuples, run, snapshotTuples } from "./harness.ts";
import { simplePod } from "./pods.ts";

describe("InvalidImageName (K12)", () => {
  it.each([
    { image: "nginx:Latest:1", error: "invalid reference format" },
    { image: "Nginx", error: "invalid reference format: repository name must be lowercase" },
  ])("$image: InspectFailed, Failed, waiting InvalidImageName, nothing pulled", ({ image, error }) => {
    const result = run(simplePod("bad", { image }), { untilS: 60 });
    const message = `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${error}`;
    expect(eventTuples(result).slice(1)).toEqual([
      [1, "Warning", "InspectFailed", "spec.containers{app}", message],
      [1, "Warning", "Failed", "spec.containers{app}", "Error: InvalidImageName"],
    ]);
    expect(snapshotTuples(result).at(-1)).toEqual([1, "Pending", "InvalidImageName", "0/1", 0]);
    const status = (result.pod as { status: { containerStatuses: Record<string, unknown>[] } }).status.containerStatuses[0];
    expect(status).toMatchObject({ state: { waiting: { reason: "InvalidImageName", message } } });
  });
});

const cluster = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
---
apiVersion: v1
kind: Secret
metadata:
  name: db
stringData:
  user: admin
`;

const envPod = (source: string) => simplePod("env", {
  command: "sleep 3600",
  container: `    env:\n    - name: VALUE\n      valueFrom:\n${source}`,
});

describe("CreateContainerConfigError for a missing key (K14)", () => {
  it.each([
    { name: "a ConfigMap key", source: "        configMapKeyRef:\n          name: settings\n          key: colour\n", message: "couldn't find key colour in ConfigMap default/settings" },
    { name: "a Secret key", source: "        secretKeyRef:\n          name: db\n          key: password\n", message: "couldn't find key password in Secret default/db" },
  ])("$name: one Failed event and the waiting message; nothing is created", ({ source, message }) => {
    const result = run(envPod(source), { untilS: 60, cluster });
    expect(eventTuples(result, ["Failed"])).toEqual([[3, "Warning", "Failed", "spec.containers{app}", `Error: ${message}`]]);
    expect(eventTuples(result, ["Created", "Started"])).toEqual([]);
    expect(snapshotTuples(result).at(-1)).toEqual([3, "Pending", "CreateContainerConfigError", "0/1", 0]);
    const status = (result.pod as { status: { containerStatuses: Record<string, unknown>[] } }).status.containerStatuses[0];
    expect(status).toMatchObject({ state: { waiting: { reason: "CreateContainerConfigError", message } } });
  });

  it("optional: true skips the missing key and the container runs", () => {
    const result = run(envPod("        configMapKeyRef:\n          name: settings\n          key: colour\n          optional: true\n"), {
      untilS: 10, cluster, execs: [{ atS: 5, container: "app", command: 'echo "[$VALUE]"' }],
    });
    expect(snapshotTuples(result).at(-1)).toEqual([3, "Running", "Running", "1/1", 0]);
    expect(result.execs[0]!.stdout).toBe("[]\n");
  });

  it("the key that exists is used", () => {
    const result = run(envPod("        configMapKeyRef:\n          name: settings\n          key: mode\n"), {
      untilS: 10, cluster, execs: [{ atS: 5, container: "app", command: "echo $VALUE" }],
    });
    expect(result.execs[0]!.stdout).toBe("fast\n");
  });
});

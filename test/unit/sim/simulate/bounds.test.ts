// A pod cannot make a simulation slow or unbounded: many containers, and a shell loop that never
// sleeps (the runtime's step budget ends it with status 2; the kubelet restarts it with back-off).
import { describe, expect, it } from "vitest";
import { run } from "./harness.ts";
import { simplePod } from "./pods.ts";

function manyContainers(count: number): string {
  const containers = Array.from({ length: count }, (_, index) =>
    `  - name: c${index}\n    image: busybox:1.36\n    command: ["sleep", "3600"]\n    readinessProbe:\n      exec:\n        command: ["true"]\n      periodSeconds: 5\n`).join("");
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many\nspec:\n  containers:\n${containers}`;
}

describe("bounds", () => {
  it("200 containers with probes over 600 s", () => {
    const result = run(manyContainers(200), { untilS: 600 });
    expect(result.snapshots.at(-1)).toMatchObject({ status: "Running", ready: "200/200" });
  });

  it("a busy loop without sleep is stopped by the step budget and crash-loops", () => {
    const result = run(simplePod("spin", { image: "busybox", command: "while true; do :; done" }), { untilS: 600 });
    expect(result.snapshots.at(-1)).toMatchObject({ status: "CrashLoopBackOff" });
    expect(result.snapshots.at(-1)!.containers[0]!.exitCode).toBe(null);
    expect(result.snapshots.filter((snapshot) => snapshot.status === "Error").at(-1)!.containers[0]!.exitCode).toBe(2);
  });
});

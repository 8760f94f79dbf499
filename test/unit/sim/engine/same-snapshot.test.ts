// isSameSnapshot must agree with comparing the snapshots' JSON texts, key order included.
import { describe, expect, it } from "vitest";
import { isSameSnapshot, type TimelessSnapshot } from "../../../../worker/sim/engine/same-snapshot.ts";

const container = { name: "c", state: "running", reason: null, exitCode: null, ready: true, started: true, restartCount: 0 } as const;
const base: TimelessSnapshot = {
  phase: "Running", status: "Running", ready: "1/1", restarts: 0, node: "node-1", podIP: "10.244.0.5",
  conditions: { PodReadyToStartContainers: "True", Initialized: "True", Ready: "True" },
  initContainers: [], containers: [container],
};

const variants: TimelessSnapshot[] = [
  base,
  { ...base },
  { ...base, phase: "Pending" },
  { ...base, status: "Error" },
  { ...base, ready: "0/1" },
  { ...base, restarts: 1 },
  { ...base, node: null },
  { ...base, podIP: null },
  { ...base, conditions: { PodReadyToStartContainers: "True", Ready: "True", Initialized: "True" } },
  { ...base, conditions: { PodReadyToStartContainers: "True", Initialized: "True" } },
  { ...base, conditions: { PodReadyToStartContainers: "True", Initialized: "True", Ready: "False" } },
  { ...base, initContainers: [container] },
  { ...base, containers: [] },
  { ...base, containers: [container, container] },
  { ...base, containers: [{ ...container, name: "d" }] },
  { ...base, containers: [{ ...container, state: "terminated", reason: "Error", exitCode: 137 }] },
  { ...base, containers: [{ ...container, exitCode: 0 }] },
  { ...base, containers: [{ ...container, ready: false }] },
  { ...base, containers: [{ ...container, started: false }] },
  { ...base, containers: [{ ...container, restartCount: 2 }] },
  { ...base, containers: [{ ...container, reason: "CrashLoopBackOff" }] },
];

describe("isSameSnapshot", () => {
  it("agrees with JSON text equality on every pair", () => {
    for (const a of variants) {
      for (const b of variants) expect(isSameSnapshot(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
    }
  });
});

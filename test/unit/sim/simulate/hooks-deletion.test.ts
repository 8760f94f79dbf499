// Layer 4: lifecycle hooks and graceful deletion (kubelet-semantics.md K16–K18, T1–T7, N5).
import { describe, expect, it } from "vitest";
import { eventTuples, run, snapshotAt, snapshotTuples } from "./harness.ts";
import { lifecycleEvents, simplePod } from "./pods.ts";

describe("postStart and preStop, the lifecycle-events task page", () => {
  const result = run(lifecycleEvents, { untilS: 60, deleteAtS: 20, execs: [{ atS: 10, container: "lifecycle-demo-container", command: "cat /usr/share/message" }] });

  it("the postStart handler wrote its message before the exec", () => {
    expect(result.execs).toEqual([
      { time: 10, container: "lifecycle-demo-container", command: "cat /usr/share/message", exitCode: 0, stdout: "Hello from the postStart handler\n", stderr: "" },
    ]);
  });

  it("deletion: Killing first, preStop quits nginx (exit 0), phase Succeeded (T2, T6)", () => {
    expect(eventTuples(result, ["Killing"])).toEqual([
      [20, "Normal", "Killing", "spec.containers{lifecycle-demo-container}", "Stopping container lifecycle-demo-container"],
    ]);
    expect(result.snapshots.at(-1)).toMatchObject({
      time: 20, phase: "Succeeded", status: "Completed",
      conditions: { PodReadyToStartContainers: "False", Ready: "False", ContainersReady: "False" },
      containers: [{ state: "terminated", reason: "Completed", exitCode: 0 }],
    });
    expect((result.pod as { metadata: Record<string, unknown> }).metadata).toMatchObject({ deletionGracePeriodSeconds: 30, deletionTimestamp: "2024-01-01T00:00:50Z" });
  });
});

describe("postStart holds the status (K16)", () => {
  it("the container shows ContainerCreating until a 5 s hook returns", () => {
    const pod = simplePod("hooked", { command: "sleep 3600", container: "    lifecycle:\n      postStart:\n        exec:\n          command: [sleep, '5']\n" });
    const result = run(pod, { untilS: 20 });
    expect(eventTuples(result, ["Started"]).map(([time]) => time)).toEqual([3]);
    expect(snapshotTuples(result).slice(-2)).toEqual([
      [1, "Pending", "ContainerCreating", "0/1", 0],
      [8, "Running", "Running", "1/1", 0],
    ]);
  });
});

describe("postStart failure (K17, K18)", () => {
  const pod = simplePod("psfail", { command: "sleep 3600", container: "    lifecycle:\n      postStart:\n        exec:\n          command: [sh, -c, 'exit 1']\n" });
  const result = run(pod, { untilS: 40 });

  it("emits FailedPostStartHook then Killing with reason text, and waits PostStartHookError", () => {
    expect(eventTuples(result, ["FailedPostStartHook", "Killing"]).slice(0, 2)).toEqual([
      [3, "Warning", "FailedPostStartHook", "spec.containers{app}", "PostStartHook failed"],
      [3, "Normal", "Killing", "spec.containers{app}", "FailedPostStartHook"],
    ]);
    // `sleep` as PID 1 ignores SIGTERM: the kill ends at the 30 s grace (T4).
    expect(snapshotAt(result, 33)).toMatchObject({ status: "PostStartHookError" });
    expect(eventTuples(result, ["Started"]).map(([time]) => time)).toEqual([3, 33]);
  });
});

describe("graceful deletion (T2, T4, N5)", () => {
  it.each([
    {
      name: "PID 1 ignores SIGTERM: SIGKILL at the grace period, exit 137, Failed",
      pod: simplePod("sleeper", { command: "sleep 3600", spec: "  terminationGracePeriodSeconds: 10\n" }),
      want: [[20, "Running", "Terminating", "1/1", 0], [30, "Failed", "Error", "0/1", 0]],
    },
    {
      name: "shareProcessNamespace: the shell is not PID 1 and dies of SIGTERM at once (143)",
      pod: simplePod("shared", { command: "sleep 3600", spec: "  shareProcessNamespace: true\n" }),
      want: [[20, "Running", "Terminating", "1/1", 0], [20, "Failed", "Error", "0/1", 0]],
    },
    {
      name: "a SIGTERM trap exits 0 at once: Succeeded",
      pod: simplePod("trapper", { command: "trap 'exit 0' TERM; while true; do sleep 1; done" }),
      want: [[20, "Running", "Terminating", "1/1", 0], [21, "Succeeded", "Completed", "0/1", 0]],
    },
    {
      name: "preStop sleeps 5 s, then the remaining 25 s of grace before SIGKILL",
      pod: simplePod("slowstop", { command: "sleep 3600", container: "    lifecycle:\n      preStop:\n        exec:\n          command: [sleep, '5']\n" }),
      want: [[20, "Running", "Terminating", "1/1", 0], [50, "Failed", "Error", "0/1", 0]],
    },
  ])("$name", ({ pod, want }) => {
    const result = run(pod, { untilS: 120, deleteAtS: 20 });
    expect(snapshotTuples(result).filter(([time]) => time >= 20)).toEqual(want);
    expect(eventTuples(result, ["Killing"]).map(([time, , , , message]) => [time, message])).toEqual([[20, "Stopping container app"]]);
  });

  it("shareProcessNamespace exit code is 143", () => {
    const result = run(simplePod("shared", { command: "sleep 3600", spec: "  shareProcessNamespace: true\n" }), { untilS: 30, deleteAtS: 20 });
    expect(result.snapshots.at(-1)!.containers[0]).toMatchObject({ state: "terminated", exitCode: 143 });
  });

  it("native sidecars stop after the app containers (I8, T2)", () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: with-sidecar
spec:
  terminationGracePeriodSeconds: 10
  initContainers:
  - name: proxy
    image: busybox:1.36
    restartPolicy: Always
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
`;
    const result = run(pod, { untilS: 60, deleteAtS: 20 });
    expect(eventTuples(result, ["Killing"]).map(([time, , , object]) => [time, object])).toEqual([
      [20, "spec.containers{app}"],
      [30, "spec.initContainers{proxy}"],
    ]);
    expect(snapshotAt(result, 3)).toMatchObject({ status: "Running", ready: "2/2" });
    expect(result.snapshots.at(-1)).toMatchObject({ time: 31, phase: "Failed" });
  });

  it("a pod never scheduled is removed at once: nothing more is recorded", () => {
    const result = run(simplePod("picky", { command: "sleep 1", spec: "  nodeSelector:\n    disktype: ssd\n" }), { untilS: 600, deleteAtS: 10 });
    expect(eventTuples(result).map(([time]) => time)).toEqual([0]);
  });
});

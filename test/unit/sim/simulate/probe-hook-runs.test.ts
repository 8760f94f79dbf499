// The probe and hook runs simulate() records for the site's timeline (not part of the contract
// document): every probe attempt whose result is taken (kubelet-semantics.md P5-P8, P12, P13) and
// every postStart / preStop run from start to outcome (K16, K17, T2, T3).
import { describe, expect, it } from "vitest";
import type { SimResult } from "../../../../worker/sim/sim-result.ts";
import { run } from "./harness.ts";
import { lifecycleEvents, livenessExec, simplePod } from "./pods.ts";

/** Probe runs as [time, probe, result]. */
function probeTuples(result: SimResult): [number, string, string][] {
  return (result.probeRuns ?? []).map((probeRun) => [probeRun.time, probeRun.probe, probeRun.result]);
}

/** Hook runs as [hook, startTime, endTime, outcome]. */
function hookTuples(result: SimResult): [string, number, number | null, string | null][] {
  return (result.hookRuns ?? []).map((hookRun) => [hookRun.hook, hookRun.startTime, hookRun.endTime, hookRun.outcome]);
}

const notReadyMessage = "Readiness probe failed: cat: can't open '/tmp/ready': No such file or directory\n";

describe("probe runs", () => {
  it.each([
    {
      // Started at 3: readiness runs at once (P7, initial delay 0), then on the worker's 5 s
      // ticks; the file is gone at 15, so every later attempt fails.
      name: "a readiness probe that passes, then fails",
      pod: simplePod("ready", {
        command: "touch /tmp/ready; sleep 12; rm /tmp/ready; sleep 3600",
        container: "    readinessProbe:\n      exec:\n        command: [cat, /tmp/ready]\n      periodSeconds: 5\n      failureThreshold: 2\n",
      }),
      untilS: 25,
      want: [[3, "readiness", "success"], [5, "readiness", "success"], [10, "readiness", "success"], [15, "readiness", "failure"], [20, "readiness", "failure"], [25, "readiness", "failure"]],
    },
    {
      // The docs' liveness-exec: initialDelaySeconds 5 from the start at 3 skips the tick at 5
      // (P6); /tmp/healthy goes at 33; the third failure (45) kills, and the worker holds (P13).
      name: "an exec liveness probe, killed at the third failure",
      pod: livenessExec,
      untilS: 60,
      want: [[10, "liveness", "success"], [15, "liveness", "success"], [20, "liveness", "success"], [25, "liveness", "success"], [30, "liveness", "success"], [35, "liveness", "failure"], [40, "liveness", "failure"], [45, "liveness", "failure"]],
    },
    {
      // P12: liveness does not run until the startup probe has succeeded (at 10, the tick after
      // the file appears at 9); startup never runs again.
      name: "a startup probe gating liveness",
      pod: simplePod("sc", {
        command: "sleep 6; touch /tmp/up; sleep 3600",
        container: "    startupProbe:\n      exec:\n        command: [test, -f, /tmp/up]\n      periodSeconds: 2\n      failureThreshold: 30\n    livenessProbe:\n      exec:\n        command: ['true']\n      periodSeconds: 10\n",
      }),
      untilS: 30,
      want: [[4, "startup", "failure"], [6, "startup", "failure"], [8, "startup", "failure"], [10, "startup", "success"], [20, "liveness", "success"], [30, "liveness", "success"]],
    },
  ])("$name", ({ pod, untilS, want }) => {
    expect(probeTuples(run(pod, { untilS }))).toEqual(want);
  });

  it("a failure carries its Unhealthy event's message, a success none, and names its container", () => {
    const pod = simplePod("ready", { command: "sleep 3600", container: "    readinessProbe:\n      exec:\n        command: [cat, /tmp/ready]\n      periodSeconds: 5\n" });
    const result = run(pod, { untilS: 5 });
    expect(result.probeRuns).toEqual([
      { time: 3, container: "app", containerKind: "regular", probe: "readiness", result: "failure", message: notReadyMessage },
      { time: 5, container: "app", containerKind: "regular", probe: "readiness", result: "failure", message: notReadyMessage },
    ]);
    expect(result.events.filter((event) => event.reason === "Unhealthy").map((event) => [event.time, event.message])).toEqual([[3, notReadyMessage], [5, notReadyMessage]]);
  });
});

describe("hook runs", () => {
  const hooked = (grace: number, lifecycle: string) =>
    simplePod("hooks", { command: "sleep 3600", spec: `  terminationGracePeriodSeconds: ${grace}\n`, container: `    lifecycle:\n${lifecycle}` });

  it.each([
    {
      // K16: postStart runs from the Started event (3) for its 4 s; T2: preStop starts with the
      // Killing at the deletion (30) and runs its 6 s inside the 20 s grace.
      name: "postStart and preStop with durations",
      pod: hooked(20, "      postStart:\n        exec:\n          command: [sleep, '4']\n      preStop:\n        exec:\n          command: [sleep, '6']\n"),
      want: [["postStart", 3, 7, "success"], ["preStop", 30, 36, "success"]],
    },
    {
      // T2: a preStop still running when the 5 s grace runs out is cut off; no event says so.
      name: "deletion with a preStop longer than the grace period",
      pod: hooked(5, "      preStop:\n        exec:\n          command: [sleep, '60']\n"),
      want: [["preStop", 30, 35, "timeout"]],
    },
    {
      // T3: FailedPreStopHook at once, and the stop goes on.
      name: "deletion with a failing preStop",
      pod: hooked(10, "      preStop:\n        exec:\n          command: [sh, -c, 'exit 3']\n"),
      want: [["preStop", 30, 30, "failure"]],
    },
  ])("$name", ({ pod, want }) => {
    expect(hookTuples(run(pod, { untilS: 60, deleteAtS: 30 }))).toEqual(want);
  });

  it("the lifecycle-events task page: both hooks of nginx end at once, and deletion runs preStop", () => {
    const result = run(lifecycleEvents, { untilS: 60, deleteAtS: 20 });
    expect(result.hookRuns).toEqual([
      { container: "lifecycle-demo-container", containerKind: "regular", hook: "postStart", startTime: 3, endTime: 3, outcome: "success", message: "" },
      { container: "lifecycle-demo-container", containerKind: "regular", hook: "preStop", startTime: 20, endTime: 20, outcome: "success", message: "" },
    ]);
  });

  it("a failed postStart carries the K17 detail", () => {
    const result = run(hooked(30, "      postStart:\n        exec:\n          command: [sh, -c, 'exit 1']\n"), { untilS: 10 });
    expect(result.hookRuns).toHaveLength(1);
    expect(result.hookRuns![0]).toMatchObject({ hook: "postStart", startTime: 3, endTime: 3, outcome: "failure" });
    expect(result.hookRuns![0]!.message).toMatch(/^Exec lifecycle hook \(\[sh -c exit 1\]\) for Container "app" in Pod "hooks_default\(.+\)" failed - error: command 'sh -c exit 1' exited with 1: /);
  });

  it("a postStart still running when the run ends has no end and no outcome", () => {
    const result = run(hooked(30, "      postStart:\n        exec:\n          command: [sleep, '100']\n"), { untilS: 20 });
    expect(hookTuples(result)).toEqual([["postStart", 3, null, null]]);
  });
});

describe("a rejected pod", () => {
  it("has no runs", () => {
    const result = run("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: app\n");
    expect([result.admitted, result.probeRuns, result.hookRuns]).toEqual([false, [], []]);
  });
});

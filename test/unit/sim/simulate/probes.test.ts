// Layer 3: probes on their SIM schedule (kubelet-semantics.md §6 P6–P8: ticks at
// T_sync + k·periodSeconds with T_sync = 0, probed once floor(now − startedAt) ≥ initialDelay),
// thresholds (P10), events (P5) and kills (P13, P17, §7 T4). Containers start at 3 s (§0.4).
import { describe, expect, it } from "vitest";
import { eventTuples, run, snapshotAt, snapshotTuples } from "./harness.ts";
import { livenessExec, livenessHttp, simplePod } from "./pods.ts";

const catFailure = "cat: can't open '/tmp/healthy': No such file or directory\n";

describe("liveness exec, the kubernetes.io task page", () => {
  const result = run(livenessExec, { untilS: 120 });

  it("fails from 35 s (file removed at 33 s), three times, then kills", () => {
    expect(eventTuples(result, ["Unhealthy", "Killing"])).toEqual([
      [35, "Warning", "Unhealthy", "spec.containers{liveness}", `Liveness probe failed: ${catFailure}`],
      [40, "Warning", "Unhealthy", "spec.containers{liveness}", `Liveness probe failed: ${catFailure}`],
      [45, "Warning", "Unhealthy", "spec.containers{liveness}", `Liveness probe failed: ${catFailure}`],
      [45, "Normal", "Killing", "spec.containers{liveness}", "Container liveness failed liveness probe, will be restarted"],
      [105, "Warning", "Unhealthy", "spec.containers{liveness}", `Liveness probe failed: ${catFailure}`],
      [110, "Warning", "Unhealthy", "spec.containers{liveness}", `Liveness probe failed: ${catFailure}`],
      [115, "Warning", "Unhealthy", "spec.containers{liveness}", `Liveness probe failed: ${catFailure}`],
      [115, "Normal", "Killing", "spec.containers{liveness}", "Container liveness failed liveness probe, will be restarted"],
    ]);
  });

  // PID 1 is `sh`, which has no SIGTERM handler, so SIGTERM is dropped (T4) and SIGKILL comes at
  // the 30 s grace: the docs' "wait another 30 seconds" after the kill. The first probe kill
  // restarts at once (P17: no earlier exited instance).
  it("restarts when SIGKILL ends the instance at 75 s: exit 137, then RESTARTS 1", () => {
    expect(snapshotTuples(result).filter(([time]) => time === 75)).toEqual([
      [75, "Running", "Error", "0/1", 0],
      [75, "Running", "Running", "1/1", 1],
    ]);
    expect(snapshotAt(result, 74).containers[0]).toMatchObject({ state: "running", ready: true, restartCount: 0 });
    expect(result.snapshots.find((snapshot) => snapshot.time === 75)!.containers[0]).toMatchObject({ state: "terminated", reason: "Error", exitCode: 137 });
    expect(eventTuples(result, ["Started"]).map(([time]) => time)).toEqual([3, 75]);
  });
});

describe("liveness HTTP with registry.k8s.io/liveness", () => {
  const result = run(livenessHttp, { untilS: 30 });

  it("the server fails 10 s after it starts; three 500s then a kill; the Go server exits 2 on SIGTERM", () => {
    const message = "Liveness probe failed: HTTP probe failed with statuscode: 500";
    expect(eventTuples(result, ["Unhealthy", "Killing"])).toEqual([
      [15, "Warning", "Unhealthy", "spec.containers{liveness}", message],
      [18, "Warning", "Unhealthy", "spec.containers{liveness}", message],
      [21, "Warning", "Unhealthy", "spec.containers{liveness}", message],
      [21, "Normal", "Killing", "spec.containers{liveness}", "Container liveness failed liveness probe, will be restarted"],
    ]);
    expect(result.snapshots.find((snapshot) => snapshot.time === 21)!.containers[0]).toMatchObject({ state: "terminated", exitCode: 2 });
    expect(snapshotAt(result, 30).restarts).toBe(1);
  });
});

describe("readiness (P11, P14)", () => {
  const pod = simplePod("ready", {
    command: "sleep 10; touch /tmp/healthy; sleep 3600",
    container: "    readinessProbe:\n      exec:\n        command: [cat, /tmp/healthy]\n      initialDelaySeconds: 5\n      periodSeconds: 5\n",
  });
  const result = run(pod, { untilS: 30 });

  it("is Running but not ready until the first success; failures are events but never restart", () => {
    expect(snapshotTuples(result).slice(-2)).toEqual([
      [3, "Running", "Running", "0/1", 0],
      [15, "Running", "Running", "1/1", 0],
    ]);
    expect(eventTuples(result, ["Unhealthy", "Killing"])).toEqual([
      [10, "Warning", "Unhealthy", "spec.containers{app}", `Readiness probe failed: ${catFailure}`],
    ]);
    expect(snapshotAt(result, 3).conditions).toMatchObject({ Ready: "False", ContainersReady: "False" });
    expect(snapshotAt(result, 15).conditions).toMatchObject({ Ready: "True", ContainersReady: "True" });
  });
});

describe("startup probe (P12)", () => {
  it("holds started=false and liveness/readiness until it succeeds", () => {
    const pod = simplePod("slow", {
      command: "sleep 20; touch /tmp/ready; sleep 3600",
      container: "    startupProbe:\n      exec:\n        command: [cat, /tmp/ready]\n      periodSeconds: 10\n      failureThreshold: 30\n"
        + "    readinessProbe:\n      exec:\n        command: [cat, /tmp/ready]\n      periodSeconds: 5\n",
    });
    const result = run(pod, { untilS: 40 });
    expect(eventTuples(result, ["Unhealthy"]).map(([time, , , , message]) => [time, message.split(":")[0]])).toEqual([
      [10, "Startup probe failed"],
      [20, "Startup probe failed"],
    ]);
    expect(snapshotAt(result, 29).containers[0]).toMatchObject({ state: "running", started: false, ready: false });
    expect(snapshotAt(result, 30).containers[0]).toMatchObject({ started: true, ready: true });
  });

  it("kills after failureThreshold failures", () => {
    const pod = simplePod("never", {
      command: "sleep 3600",
      container: "    startupProbe:\n      exec:\n        command: [cat, /tmp/ready]\n      periodSeconds: 5\n      failureThreshold: 2\n",
    });
    const result = run(pod, { untilS: 20 });
    expect(eventTuples(result, ["Killing"])).toEqual([
      [10, "Normal", "Killing", "spec.containers{app}", "Container app failed startup probe, will be restarted"],
    ]);
  });
});

describe("probe handlers (P1–P3)", () => {
  it.each([
    {
      name: "tcpSocket on a closed port",
      probe: "tcpSocket:\n        port: 8080",
      want: "Readiness probe failed: dial tcp 10.244.0.5:8080: connect: connection refused",
    },
    {
      name: "httpGet on a named port nobody listens on",
      probe: "httpGet:\n        path: /healthz\n        port: web",
      want: 'Readiness probe failed: Get "http://10.244.0.5:8081/healthz": dial tcp 10.244.0.5:8081: connect: connection refused',
    },
    {
      name: "exec that outlives timeoutSeconds",
      probe: "exec:\n        command: [sleep, '5']",
      want: 'Readiness probe failed: command "sleep 5" timed out',
    },
  ])("$name", ({ probe, want }) => {
    const pod = simplePod("probe", {
      command: "sleep 3600",
      container: `    ports:\n    - name: web\n      containerPort: 8081\n    readinessProbe:\n      ${probe}\n      periodSeconds: 10\n`,
    });
    const result = run(pod, { untilS: 12 });
    const [first] = eventTuples(result, ["Unhealthy"]);
    expect(first?.[4]).toBe(want);
  });
});

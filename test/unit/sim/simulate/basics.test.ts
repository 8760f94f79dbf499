// Layer 1–2 scenarios: scheduling, sandbox, one container start, exits, restart policies and
// CrashLoopBackOff. Expected values come from kubelet-semantics.md (section named per case), with
// the SIM latencies of §0.4: sandbox 1 s, pull 2 s, create+start 0 s.
import { describe, expect, it } from "vitest";
import { eventTuples, nodeCluster, run, snapshotAt, snapshotTuples } from "./harness.ts";
import { simplePod } from "./pods.ts";

const nginxPod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx
`;

describe("start of a one-container pod (§4.1 K1–K4, §4.2 K7, §4.3 K13, §17)", () => {
  const result = run(nginxPod, { untilS: 60 });

  it("emits Scheduled, Pulling, Pulled, Created, Started in order", () => {
    const events = eventTuples(result);
    expect(events.map(([time, type, reason, object]) => [time, type, reason, object])).toEqual([
      [0, "Normal", "Scheduled", "pod/web"],
      [1, "Normal", "Pulling", "spec.containers{nginx}"],
      [3, "Normal", "Pulled", "spec.containers{nginx}"],
      [3, "Normal", "Created", "spec.containers{nginx}"],
      [3, "Normal", "Started", "spec.containers{nginx}"],
    ]);
    expect(events.map((event) => event[4]).filter((message) => !message.startsWith("Successfully pulled"))).toEqual([
      "Successfully assigned default/web to node-1", 'Pulling image "nginx"', "Created container nginx", "Started container nginx",
    ]);
    expect(events[2]![4]).toMatch(/^Successfully pulled image "nginx" in 2s \(2s including waiting\)\. Image size: \d+ bytes\.$/);
  });

  it("records the K1 status, then the pod IP (K3), then Running", () => {
    expect(snapshotTuples(result)).toEqual([
      [0, "Pending", "Pending", "0/1", 0],
      [0, "Pending", "ContainerCreating", "0/1", 0],
      [1, "Pending", "ContainerCreating", "0/1", 0],
      [3, "Running", "Running", "1/1", 0],
    ]);
    expect(result.snapshots[0]!.conditions).toEqual({});
    expect(result.snapshots[1]!.conditions).toEqual({
      PodReadyToStartContainers: "False", Initialized: "True", Ready: "False", ContainersReady: "False", PodScheduled: "True",
    });
    expect([result.snapshots[1]!.podIP, result.snapshots[2]!.podIP]).toEqual([null, "10.244.0.5"]);
    expect(result.snapshots[2]!.conditions.PodReadyToStartContainers).toBe("True");
    expect(result.snapshots[3]!.containers).toEqual([
      { name: "nginx", state: "running", reason: null, exitCode: null, ready: true, started: true, restartCount: 0 },
    ]);
  });

  it("stores the final pod status with node, IPs and a deterministic container status", () => {
    const pod = result.pod as { spec: { nodeName: string }; status: Record<string, unknown> };
    expect(pod.spec.nodeName).toBe("node-1");
    expect(pod.status).toMatchObject({ phase: "Running", podIP: "10.244.0.5", startTime: "2024-01-01T00:00:00Z" });
    const [status] = pod.status.containerStatuses as Record<string, unknown>[];
    expect(status).toMatchObject({
      name: "nginx", ready: true, started: true, restartCount: 0, image: "docker.io/library/nginx:latest",
      state: { running: { startedAt: "2024-01-01T00:00:03Z" } },
    });
    expect(status!.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(status!.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
  });
});

describe("unschedulable nodeSelector (§3 S6, S7, S9)", () => {
  const pod = simplePod("picky", { command: "sleep 3600", spec: "  nodeSelector:\n    disktype: ssd\n" });
  const message = "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.";

  it("emits FailedScheduling at 0 and every 300 s, and stays Pending", () => {
    const result = run(pod, { untilS: 650 });
    expect(eventTuples(result)).toEqual([
      [0, "Warning", "FailedScheduling", "pod/picky", message],
      [300, "Warning", "FailedScheduling", "pod/picky", message],
      [600, "Warning", "FailedScheduling", "pod/picky", message],
    ]);
    expect(result.snapshots.at(-1)).toMatchObject({ phase: "Pending", status: "Pending", ready: "0/1", node: null, conditions: { PodScheduled: "False" }, containers: [] });
  });

  it("binds to a node that has the label", () => {
    const result = run(pod, { untilS: 10, cluster: nodeCluster("  labels:\n    disktype: ssd\n") });
    expect(eventTuples(result, ["Scheduled"])).toEqual([[0, "Normal", "Scheduled", "pod/picky", "Successfully assigned default/picky to node-1"]]);
  });
});

describe("exits and restartPolicy (§8 R1, R6; §9.1 worked consequences; §10)", () => {
  it.each([
    { name: "Never, exit 0 → Succeeded / Completed", policy: "Never", code: 0, want: ["Succeeded", "Completed", 0] },
    { name: "Never, exit 1 → Failed / Error", policy: "Never", code: 1, want: ["Failed", "Error", 0] },
    { name: "OnFailure, exit 0 → Succeeded / Completed", policy: "OnFailure", code: 0, want: ["Succeeded", "Completed", 0] },
    { name: "OnFailure, exit 1 → restarted, Running / CrashLoopBackOff", policy: "OnFailure", code: 1, want: ["Running", "CrashLoopBackOff", 1] },
    { name: "Always, exit 0 → restarted, Running / CrashLoopBackOff", policy: "Always", code: 0, want: ["Running", "CrashLoopBackOff", 1] },
  ])("$name", ({ policy, code, want }) => {
    const result = run(simplePod("job", { command: `exit ${code}`, spec: `  restartPolicy: ${policy}\n` }), { untilS: 5 });
    const last = result.snapshots.at(-1)!;
    expect([last.phase, last.status, last.restarts]).toEqual(want);
  });

  it("a terminated Never pod tears down its sandbox (T6) and refuses execs", () => {
    const result = run(simplePod("job", { command: "exit 0", spec: "  restartPolicy: Never\n" }), { untilS: 10, execs: [{ atS: 5, container: "app", command: "true" }] });
    expect(result.snapshots.at(-1)!.conditions.PodReadyToStartContainers).toBe("False");
    expect(result.execs[0]).toMatchObject({ exitCode: 1, stderr: "error: cannot exec into a container in a completed pod; current phase is Succeeded\n" });
  });

  it("two containers, Never: Running while one still runs, then Failed (§9.1)", () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: pair
spec:
  restartPolicy: Never
  containers:
  - name: a
    image: busybox:1.36
    command: ["sh", "-c", "exit 1"]
  - name: b
    image: busybox:1.36
    command: ["sleep", "20"]
`;
    const result = run(pod, { untilS: 40 });
    expect(snapshotAt(result, 10)).toMatchObject({ phase: "Running", ready: "1/2" });
    expect(snapshotAt(result, 40)).toMatchObject({ phase: "Failed", status: "Error" });
  });
});

describe("CrashLoopBackOff (§8 R2, R3)", () => {
  const result = run(simplePod("crash", { command: "echo boom; exit 1" }), { untilS: 400 });

  it("restarts after 0, 10, 20, 40, 80, 160 s", () => {
    const starts = eventTuples(result, ["Started"]).map(([time]) => time);
    expect(starts).toEqual([3, 3, 13, 33, 73, 153, 313]);
  });

  it("emits one BackOff per wait, with PODREF", () => {
    const backOffs = eventTuples(result, ["BackOff"]);
    expect(backOffs.map(([time]) => time)).toEqual([3, 13, 33, 73, 153, 313]);
    expect(backOffs[0]!.slice(1, 4)).toEqual(["Warning", "BackOff", "spec.containers{app}"]);
    expect(backOffs[0]![4]).toMatch(/^Back-off restarting failed container app in pod crash_default\([0-9a-f-]{36}\)$/);
  });

  it("shows Error at the exit, then CrashLoopBackOff at the same instant; restarts count creations (R4)", () => {
    expect(snapshotTuples(result).filter(([time]) => time === 13)).toEqual([
      [13, "Running", "Error", "0/1", 2],
      [13, "Running", "CrashLoopBackOff", "0/1", 2],
    ]);
    const waiting = (result.pod as { status: { containerStatuses: { state: { waiting: { message: string } } }[] } }).status.containerStatuses[0]!.state.waiting;
    expect(waiting.message).toMatch(/^back-off 5m0s restarting failed container=app pod=crash_default\(/);
  });
});

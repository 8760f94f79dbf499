// spec.activeDeadlineSeconds (kubelet-semantics.md §9.4; kubernetes pkg/kubelet/active_deadline.go):
// counted from status.startTime; past it the kubelet fails the pod (reason DeadlineExceeded) and
// stops its containers with the pod's grace period; nothing restarts and the pod is not deleted.
import { describe, expect, it } from "vitest";
import { eventTuples, run, snapshotTuples } from "./harness.ts";
import { simplePod } from "./pods.ts";

const message = "Pod was active on the node longer than the specified deadline";

const twoContainers = `apiVersion: v1
kind: Pod
metadata:
  name: deadline
spec:
  activeDeadlineSeconds: 20
  terminationGracePeriodSeconds: 10
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
  - name: web
    image: nginx:1.27
`;

describe("a running pod past its deadline", () => {
  const result = run(twoContainers, { untilS: 60 });

  it("emits Normal DeadlineExceeded on the pod, then stops every container", () => {
    expect(eventTuples(result).filter(([time]) => time >= 20)).toEqual([
      [20, "Normal", "DeadlineExceeded", "pod/deadline", message],
      [20, "Normal", "Killing", "spec.containers{app}", "Stopping container app"],
      [20, "Normal", "Killing", "spec.containers{web}", "Stopping container web"],
    ]);
  });

  it("is Failed with STATUS DeadlineExceeded, then, once both have stopped, the containers' own reasons (printPod)", () => {
    // web quits at 20 s, app is SIGKILLed at 30 s; SyncTerminatingPod publishes only after both.
    expect(snapshotTuples(result).filter(([time]) => time >= 20)).toEqual([
      [20, "Failed", "DeadlineExceeded", "2/2", 0],
      [30, "Failed", "Error", "0/2", 0],
    ]);
    expect(result.snapshots.at(-1)).toMatchObject({
      conditions: { PodReadyToStartContainers: "False", Ready: "False", ContainersReady: "False" },
      containers: [{ name: "app", reason: "Error", exitCode: 137 }, { name: "web", reason: "Completed", exitCode: 0 }],
    });
  });

  it("stores status.reason and status.message; no deletionTimestamp", () => {
    const pod = result.pod as { metadata: Record<string, unknown>; status: Record<string, unknown> };
    expect(pod.status).toMatchObject({ phase: "Failed", reason: "DeadlineExceeded", message });
    expect(pod.metadata.deletionTimestamp).toBeUndefined();
  });
});

describe("deadline edge cases", () => {
  it.each([
    {
      // TerminatePod (status_manager.go) then writes the waiting container ContainerStatusUnknown.
      name: "a crash-looping container is not restarted after the deadline",
      pod: simplePod("crash", { command: "exit 1", spec: "  activeDeadlineSeconds: 30\n" }),
      startedAt: [3, 3, 13],
      last: { phase: "Failed", status: "ContainerStatusUnknown" },
    },
    {
      name: "a pod that already succeeded is left alone",
      pod: simplePod("done", { command: "true", spec: "  activeDeadlineSeconds: 10\n  restartPolicy: Never\n" }),
      startedAt: [3],
      last: { phase: "Succeeded", status: "Completed" },
    },
  ])("$name", ({ pod, startedAt, last }) => {
    const result = run(pod, { untilS: 60 });
    expect(eventTuples(result, ["Started"]).map(([time]) => time)).toEqual(startedAt);
    expect(result.snapshots.at(-1)).toMatchObject(last);
    const expected = last.phase === "Failed" ? [[30, "Normal", "DeadlineExceeded", "pod/crash", message]] : [];
    expect(eventTuples(result, ["DeadlineExceeded"])).toEqual(expected);
  });

  it("an unscheduled pod has no startTime, so its deadline never passes", () => {
    const pod = simplePod("pending", { command: "sleep 3600", spec: "  activeDeadlineSeconds: 5\n  nodeSelector:\n    disktype: ssd\n" });
    const result = run(pod, { untilS: 60 });
    expect(eventTuples(result, ["DeadlineExceeded"])).toEqual([]);
    expect(result.snapshots.at(-1)).toMatchObject({ phase: "Pending", status: "Pending" });
  });

  it.each([
    {
      name: "a postStart hook holds SyncPod: the deadline acts when it returns",
      pod: simplePod("hooked", {
        command: "trap 'exit 0' TERM; sleep 3600 & wait", spec: "  activeDeadlineSeconds: 10\n",
        container: "    lifecycle:\n      postStart:\n        exec:\n          command: [sleep, '30']\n",
      }),
      at: 33,
    },
    { name: "so does an image pull: the container still starts", pod: simplePod("pulling", { command: "sleep 3600", spec: "  activeDeadlineSeconds: 2\n" }), at: 3 },
  ])("$name", ({ pod, at }) => {
    const result = run(pod, { untilS: 60 });
    expect(eventTuples(result, ["Started", "DeadlineExceeded"]).map(([time, , reason]) => [time, reason])).toEqual([[3, "Started"], [at, "DeadlineExceeded"]]);
  });

  it("preStop runs and the grace period applies, as for a deletion (T2)", () => {
    const pod = simplePod("hooked", {
      command: "sleep 3600",
      spec: "  activeDeadlineSeconds: 10\n  terminationGracePeriodSeconds: 15\n",
      container: "    lifecycle:\n      preStop:\n        exec:\n          command: [sleep, '5']\n",
    });
    const result = run(pod, { untilS: 60 });
    expect(snapshotTuples(result).at(-1)).toEqual([25, "Failed", "Error", "0/1", 0]);
  });
});

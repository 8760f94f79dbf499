// TerminatePod (pkg/kubelet/status/status_manager.go; kubelet-semantics.md §9.3): once a terminal
// pod's containers have stopped, any container without a terminated state is written terminated
// ContainerStatusUnknown, exit 137, without times.
import { describe, expect, it } from "vitest";
import { run } from "./harness.ts";
import { simplePod } from "./pods.ts";

const unknown = { state: "terminated", reason: "ContainerStatusUnknown", exitCode: 137 };

describe("containers that never ran when the pod ends", () => {
  it("a pod deleted while its image cannot be pulled", () => {
    const result = run(simplePod("bad", { image: "nginx:nope" }), { untilS: 30, deleteAtS: 20 });
    expect(result.snapshots.at(-1)).toMatchObject({ time: 20, phase: "Failed", status: "ContainerStatusUnknown", containers: [unknown] });
    const status = (result.pod as { status: { containerStatuses: Record<string, unknown>[] } }).status.containerStatuses[0];
    expect(status!.state).toEqual({
      terminated: { exitCode: 137, finishedAt: null, message: "The container could not be located when the pod was terminated", reason: "ContainerStatusUnknown", startedAt: null },
    });
  });

  it("before initialization only the first init container is marked; the app container stays waiting", () => {
    const pod = `${simplePod("init", { command: "sleep 3600", spec: "  activeDeadlineSeconds: 20\n  initContainers:\n  - name: fetch\n    image: busybox:nope\n  - name: setup\n    image: busybox:1.36\n" })}`;
    const result = run(pod, { untilS: 30 });
    expect(result.snapshots.at(-1)).toMatchObject({
      time: 20, phase: "Failed", status: "Init:ContainerStatusUnknown",
      initContainers: [unknown, { state: "waiting", reason: "PodInitializing" }],
      containers: [{ state: "waiting", reason: "PodInitializing" }],
    });
  });
});

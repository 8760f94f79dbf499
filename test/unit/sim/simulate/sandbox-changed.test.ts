// A sandbox that dies under the pod (kubelet-semantics.md K3, I6): with shareProcessNamespace, a
// SIGTERM to PID 1 ends the pause process and, as the namespace's init, every container with it.
import { describe, expect, it } from "vitest";
import { eventTuples, run, snapshotTuples } from "./harness.ts";

const pod = (spec: string) => `apiVersion: v1
kind: Pod
metadata:
  name: shared
spec:
${spec}  initContainers:
  - name: init
    image: busybox:1.36
    command: ["sh", "-c", "echo init ran >> /work/log"]
    volumeMounts:
    - name: work
      mountPath: /work
  containers:
  - name: shell
    image: busybox:1.36
    command: ["sleep", "3600"]
    volumeMounts:
    - name: work
      mountPath: /work
  volumes:
  - name: work
    emptyDir: {}
`;

const sandboxChanged = [20, "Normal", "SandboxChanged", "pod/shared", "Pod sandbox changed, it will be killed and re-created."];

describe("kill 1 in a shared PID namespace", () => {
  const result = run(pod("  shareProcessNamespace: true\n"), {
    untilS: 40, execs: [{ atS: 20, container: "shell", command: "kill 1" }, { atS: 30, container: "shell", command: "cat /work/log; tail -1 /etc/hosts" }],
  });

  it("kills every container; the kubelet makes a new sandbox and runs the init container again", () => {
    expect(eventTuples(result).filter(([time]) => time >= 20)).toEqual([
      sandboxChanged,
      [21, "Normal", "Pulled", "spec.initContainers{init}", 'Container image "busybox:1.36" already present on machine'],
      [21, "Normal", "Created", "spec.initContainers{init}", "Created container init"],
      [21, "Normal", "Started", "spec.initContainers{init}", "Started container init"],
      [21, "Normal", "Pulled", "spec.containers{shell}", 'Container image "busybox:1.36" already present on machine'],
      [21, "Normal", "Created", "spec.containers{shell}", "Created container shell"],
      [21, "Normal", "Started", "spec.containers{shell}", "Started container shell"],
    ]);
  });

  it("shows the containers SIGKILLed, then running again with a new pod IP; the emptyDir is kept", () => {
    expect(snapshotTuples(result).filter(([time]) => time >= 20)).toEqual([
      [20, "Running", "Error", "0/1", 0],
      // The new sandbox's IP is published before its containers run, all at 21 s.
      [21, "Running", "Error", "0/1", 0],
      [21, "Running", "Running", "1/1", 1],
    ]);
    expect(result.snapshots.find((snapshot) => snapshot.time === 20)).toMatchObject({
      podIP: "10.244.0.5", conditions: { PodReadyToStartContainers: "False" }, containers: [{ state: "terminated", reason: "Error", exitCode: 137 }],
    });
    expect(result.snapshots.at(-1)).toMatchObject({ podIP: "10.244.0.6", initContainers: [{ state: "terminated", reason: "Completed", restartCount: 1 }] });
    expect(result.execs[1]!.stdout).toBe("init ran\ninit ran\n10.244.0.6\tshared\n");
  });
});

describe("no new sandbox", () => {
  it.each([
    { name: "restartPolicy Never: the pod fails", spec: "  shareProcessNamespace: true\n  restartPolicy: Never\n", command: "kill 1", last: [20, "Failed", "Error", "0/1", 0] },
    { name: "SIGKILL from inside never reaches PID 1", spec: "  shareProcessNamespace: true\n", command: "kill -9 1", last: [3, "Running", "Running", "1/1", 0] },
    { name: "without a shared namespace PID 1 is the container's own sleep", spec: "", command: "kill 1", last: [3, "Running", "Running", "1/1", 0] },
  ])("$name", ({ spec, command, last }) => {
    const result = run(pod(spec), { untilS: 40, execs: [{ atS: 20, container: "shell", command }] });
    expect(eventTuples(result, ["SandboxChanged"])).toEqual([]);
    expect(snapshotTuples(result).at(-1)).toEqual(last);
  });
});

// A container over its memory limit (kubelet-semantics.md T5, §10 table "OOM"): terminated
// OOMKilled with exit 137, then restarted per restartPolicy with the crash back-off (R1, R2).
import { describe, expect, it } from "vitest";
import { eventTuples, run, snapshotTuples } from "./harness.ts";

const stressPod = (policy: string, bytes: string, limit: string) => `apiVersion: v1
kind: Pod
metadata:
  name: mem
spec:
  restartPolicy: ${policy}
  containers:
  - name: ctr
    image: polinux/stress:1.0.4
    resources:
      limits:
        memory: ${limit}
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "${bytes}", "--vm-hang", "1"]
`;

describe("OOMKilled by restartPolicy", () => {
  it.each([
    { policy: "Always", starts: [3, 3, 13, 33], last: [33, "Running", "CrashLoopBackOff", "0/1", 3] },
    { policy: "OnFailure", starts: [3, 3, 13, 33], last: [33, "Running", "CrashLoopBackOff", "0/1", 3] },
    { policy: "Never", starts: [3], last: [3, "Failed", "OOMKilled", "0/1", 0] },
  ])("$policy", ({ policy, starts, last }) => {
    const result = run(stressPod(policy, "250M", "100Mi"), { untilS: 60 });
    expect(eventTuples(result, ["Started"]).map(([time]) => time)).toEqual(starts);
    expect(snapshotTuples(result).at(-1)).toEqual(last);
    expect(result.snapshots.find((snapshot) => snapshot.status === "OOMKilled")!.containers[0]).toMatchObject({
      state: "terminated", reason: "OOMKilled", exitCode: 137,
    });
  });

  it("under its limit the container runs", () => {
    const result = run(stressPod("Always", "150M", "200Mi"), { untilS: 60 });
    expect(snapshotTuples(result).at(-1)).toEqual([3, "Running", "Running", "1/1", 0]);
  });

  it("lastState keeps the OOM kill while the container waits", () => {
    const result = run(stressPod("Always", "250M", "100Mi"), { untilS: 20 });
    const status = (result.pod as { status: { containerStatuses: Record<string, unknown>[] } }).status.containerStatuses[0]!;
    expect(status).toMatchObject({ lastState: { terminated: { exitCode: 137, reason: "OOMKilled" } }, state: { waiting: { reason: "CrashLoopBackOff" } } });
  });
});

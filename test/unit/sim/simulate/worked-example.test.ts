// kubelet-semantics.md §18, the seed pod `two-containers`, step by step.
import { describe, expect, it } from "vitest";
import { eventTuples, nodeCluster, run, snapshotAt } from "./harness.ts";
import { twoContainers } from "./pods.ts";

const ssdNode = nodeCluster("  labels:\n    disktype: ssd\n");

describe("§18 the seed pod two-containers", () => {
  it("1. `shareProcessNamespace:true` is a YAML error: rejected, nothing simulated", () => {
    const broken = twoContainers.replace("shareProcessNamespace: true", "shareProcessNamespace:true");
    const result = run(broken);
    expect(result.admitted).toBe(false);
    expect(result.errors[0]!.message).toContain("could not find expected ':'");
    expect([result.events, result.snapshots, result.pod]).toEqual([[], [], null]);
  });

  it("2. nodeSelector written as a string is a decode error", () => {
    const result = run(twoContainers.replace("    disktype: ssd", "    disktype:ssd"));
    expect(result.errors[0]!.message).toBe('Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSpec.spec.nodeSelector of type map[string]string');
  });

  it("4. on the default cluster: FailedScheduling, Pending", () => {
    const result = run(twoContainers, { untilS: 10 });
    expect(eventTuples(result)).toEqual([[
      0, "Warning", "FailedScheduling", "pod/two-containers",
      "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
    ]]);
    expect(result.snapshots.at(-1)!.status).toBe("Pending");
  });

  describe("5. on a node labelled disktype=ssd", () => {
    const result = run(twoContainers, {
      untilS: 120, cluster: ssdNode, deleteAtS: 60,
      execs: [
        { atS: 20, container: "nginx-container", command: "cat /usr/share/message; tail -n 2 /etc/hosts" },
      ],
    });

    it("nginx starts and its postStart runs before debian-container is pulled (K4, K16)", () => {
      expect(eventTuples(result).filter(([time]) => time < 60).map(([time, , reason, object]) => [time, reason, object])).toEqual([
        [0, "Scheduled", "pod/two-containers"],
        [1, "Pulling", "spec.containers{nginx-container}"],
        [3, "Pulled", "spec.containers{nginx-container}"],
        [3, "Created", "spec.containers{nginx-container}"],
        [3, "Started", "spec.containers{nginx-container}"],
        [3, "Pulling", "spec.containers{debian-container}"],
        [5, "Pulled", "spec.containers{debian-container}"],
        [5, "Created", "spec.containers{debian-container}"],
        [5, "Started", "spec.containers{debian-container}"],
      ]);
      expect(result.execs[0]!.stdout).toBe("hello\n# Entries added by HostAliases.\n1.1.1.1\tfoo.remote\tbar.remote\n");
    });

    it("debian exits 0; nginx keeps running: Running, 1/2, NotReady (statuses in name order)", () => {
      expect(snapshotAt(result, 30)).toMatchObject({
        phase: "Running", status: "NotReady", ready: "1/2",
        containers: [
          { name: "debian-container", state: "terminated", reason: "Completed", exitCode: 0 },
          { name: "nginx-container", state: "running", ready: true },
        ],
      });
    });

    it("6. delete: Killing nginx, preStop `nginx -s quit`, exit 0 → Succeeded", () => {
      expect(eventTuples(result, ["Killing"])).toEqual([
        [60, "Normal", "Killing", "spec.containers{nginx-container}", "Stopping container nginx-container"],
      ]);
      expect(result.snapshots.at(-1)).toMatchObject({ phase: "Succeeded", status: "Completed" });
    });
  });
});

// Same input, same bytes (simulate-contract.md): every scenario pod runs twice.
import { describe, expect, it } from "vitest";
import { inputOf, nodeCluster, type RunOptions } from "./harness.ts";
import { javaweb, lifecycleEvents, livenessExec, livenessHttp, projected, projectedSecrets, simplePod, twoContainers } from "./pods.ts";
import { simulate } from "../../../../worker/sim/simulate.ts";

const ssd = nodeCluster("  labels:\n    disktype: ssd\n");

const cases: { name: string; pod: string; options: RunOptions }[] = [
  { name: "two-containers with execs and deletion", pod: twoContainers, options: { cluster: ssd, deleteAtS: 60, execs: [{ atS: 20, container: "nginx-container", command: "cat /etc/hosts" }] } },
  { name: "javaweb init container", pod: javaweb, options: {} },
  { name: "projected volume without secrets", pod: projected, options: { untilS: 300 } },
  { name: "projected volume with secrets", pod: projected, options: { cluster: projectedSecrets } },
  { name: "liveness exec", pod: livenessExec, options: { untilS: 600 } },
  { name: "liveness http", pod: livenessHttp, options: { untilS: 300 } },
  { name: "lifecycle hooks", pod: lifecycleEvents, options: { deleteAtS: 30 } },
  { name: "crash loop", pod: simplePod("crash", { command: "exit 1" }), options: { untilS: 600 } },
  { name: "bad image", pod: simplePod("bad", { image: "nginx:nope" }), options: { untilS: 600 } },
];

describe("determinism", () => {
  it.each(cases)("$name gives identical JSON twice", ({ pod, options }) => {
    const first = JSON.stringify(simulate(inputOf(pod, options)));
    const second = JSON.stringify(simulate(inputOf(pod, options)));
    expect(second).toBe(first);
  });
});

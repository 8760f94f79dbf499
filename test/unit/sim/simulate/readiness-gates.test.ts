// spec.readinessGates (kubelet-semantics.md §9.2 Ready row; generate.go GeneratePodReadyCondition):
// nothing in the simulated cluster sets a custom condition, so a gate on one keeps Ready False
// while READY (container readiness) and STATUS stay as they were.
import { describe, expect, it } from "vitest";
import { describePod } from "../../../../worker/sim/report/describe-pod.ts";
import type { Pod } from "kubernetes-types/core/v1";
import { run, snapshotTuples } from "./harness.ts";
import { simplePod } from "./pods.ts";

const gated = simplePod("gated", { image: "nginx:1.27", spec: '  readinessGates:\n  - conditionType: "www.example.com/feature-1"\n' });

describe("a readiness gate nobody sets", () => {
  const result = run(gated, { untilS: 30 });
  const pod = result.pod as Pod;

  it("keeps Ready False with ReadinessGatesNotReady; ContainersReady is True", () => {
    expect(pod.status?.conditions?.find((condition) => condition.type === "Ready")).toMatchObject({
      status: "False", reason: "ReadinessGatesNotReady", message: 'corresponding condition of pod readiness gate "www.example.com/feature-1" does not exist.',
    });
    expect(result.snapshots.at(-1)!.conditions).toMatchObject({ Ready: "False", ContainersReady: "True" });
  });

  it("leaves READY and STATUS to the containers", () => {
    expect(snapshotTuples(result).at(-1)).toEqual([3, "Running", "Running", "1/1", 0]);
  });

  it("describe lists the gate with <none> before Conditions", () => {
    expect(describePod(pod, result.events, 30)).toContain(
      "Readiness Gates:\n  Type                        Status\n  www.example.com/feature-1   <none> \nConditions:\n",
    );
  });
});

import { describe, expect, it } from "vitest";
import { type ConditionInputs, podConditions } from "../../../../../worker/sim/kubelet/status/pod-conditions.ts";
import { running, terminated, waiting } from "./builders.ts";

const base: ConditionInputs = { phase: "Running", isScheduled: true, hasSandbox: true, initStatuses: [], statuses: [], readinessGates: [] };

describe("podConditions", () => {
  it("has only PodScheduled=False with the scheduler's message while unschedulable", () => {
    const message = "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector.";
    expect(podConditions({ ...base, phase: "Pending", isScheduled: false, unschedulableMessage: message })).toEqual([
      { type: "PodScheduled", status: "False", reason: "Unschedulable", message },
    ]);
  });

  it("writes the kubelet's five conditions in its order when all is well", () => {
    expect(podConditions({ ...base, statuses: [running("web")] })).toEqual([
      { type: "PodReadyToStartContainers", status: "True" },
      { type: "Initialized", status: "True" },
      { type: "Ready", status: "True" },
      { type: "ContainersReady", status: "True" },
      { type: "PodScheduled", status: "True" },
    ]);
  });

  const cases = [
    {
      name: "an unready container, named",
      inputs: { statuses: [running("a"), running("b", { ready: false })] },
      expected: { type: "ContainersReady", status: "False", reason: "ContainersNotReady", message: "containers with unready status: [b]" },
    },
    {
      name: "init containers not done, named in spec order",
      inputs: { phase: "Pending" as const, initStatuses: [running("a"), waiting("b", "PodInitializing")], statuses: [waiting("web", "PodInitializing")] },
      expected: { type: "Initialized", status: "False", reason: "ContainersNotInitialized", message: "containers with incomplete status: [a b]" },
    },
    {
      name: "a completed pod",
      inputs: { phase: "Succeeded" as const, initStatuses: [terminated("a", 0)], statuses: [terminated("job", 0)] },
      expected: { type: "Initialized", status: "True", reason: "PodCompleted" },
    },
    {
      name: "a completed pod's readiness",
      inputs: { phase: "Succeeded" as const, statuses: [terminated("job", 0)] },
      expected: { type: "Ready", status: "False", reason: "PodCompleted" },
    },
    {
      name: "a failed pod's readiness",
      inputs: { phase: "Failed" as const, statuses: [terminated("job", 1)] },
      expected: { type: "ContainersReady", status: "False", reason: "PodFailed" },
    },
    {
      name: "an unstarted sidecar blocks initialisation",
      inputs: { phase: "Pending" as const, initStatuses: [running("proxy", { isSidecar: true, started: false })], statuses: [waiting("web", "PodInitializing")] },
      expected: { type: "Initialized", status: "False", reason: "ContainersNotInitialized", message: "containers with incomplete status: [proxy]" },
    },
    {
      name: "an unready sidecar is listed first",
      inputs: { initStatuses: [running("proxy", { isSidecar: true, ready: false })], statuses: [running("web", { ready: false })] },
      expected: { type: "Ready", status: "False", reason: "ContainersNotReady", message: "containers with unready status: [proxy web]" },
    },
    { name: "no sandbox yet", inputs: { phase: "Pending" as const, hasSandbox: false }, expected: { type: "PodReadyToStartContainers", status: "False" } },
    // generate.go GeneratePodReadyCondition (§9.2 Ready row).
    {
      name: "a readiness gate whose condition nobody set",
      inputs: { statuses: [running("web")], readinessGates: ["www.example.com/feature-1"] },
      expected: { type: "Ready", status: "False", reason: "ReadinessGatesNotReady", message: 'corresponding condition of pod readiness gate "www.example.com/feature-1" does not exist.' },
    },
    {
      name: "two unmet gates, joined with a comma",
      inputs: { hasSandbox: false, statuses: [running("web")], readinessGates: ["a", "PodReadyToStartContainers"] },
      expected: {
        type: "Ready", status: "False", reason: "ReadinessGatesNotReady",
        message: 'corresponding condition of pod readiness gate "a" does not exist., the status of pod readiness gate "PodReadyToStartContainers" is not "True", but False',
      },
    },
    { name: "a gate on a condition written before Ready that is True", inputs: { statuses: [running("web")], readinessGates: ["Initialized"] }, expected: { type: "Ready", status: "True" } },
    {
      name: "unready containers win over the gates",
      inputs: { statuses: [running("web", { ready: false })], readinessGates: ["a"] },
      expected: { type: "Ready", status: "False", reason: "ContainersNotReady", message: "containers with unready status: [web]" },
    },
    { name: "gates leave ContainersReady alone", inputs: { statuses: [running("web")], readinessGates: ["a"] }, expected: { type: "ContainersReady", status: "True" } },
  ];
  it.each(cases)("reports $name", ({ inputs, expected }) => {
    expect(podConditions({ ...base, ...inputs })).toContainEqual(expected);
  });
});

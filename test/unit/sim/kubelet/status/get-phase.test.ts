import { describe, expect, it } from "vitest";
import { getPhase, type PodPhase, type RestartPolicy } from "../../../../../worker/sim/kubelet/status/get-phase.ts";
import type { ContainerStatus } from "../../../../../worker/sim/kubelet/status/container-status.ts";
import { crashLooping, running, terminated, waiting } from "./builders.ts";

// Cases from kubelet-semantics.md §9.1 ("worked consequences") and §5 (init containers), which
// restate the kubelet's getPhase (pkg/kubelet/kubelet_pods.go).
const cases: { name: string; policy: RestartPolicy; init?: ContainerStatus[]; main: ContainerStatus[]; isTerminal?: boolean; phase: PodPhase }[] = [
  { name: "waiting for an image pull", policy: "Always", main: [waiting("web", "ContainerCreating")], phase: "Pending" },
  { name: "one container running", policy: "Always", main: [running("web")], phase: "Running" },
  { name: "Always, crashing and in back-off", policy: "Always", main: [crashLooping("web", 1, 2)], phase: "Running" },
  { name: "Never, exit 0", policy: "Never", main: [terminated("job", 0)], phase: "Succeeded" },
  { name: "Never, exit 1", policy: "Never", main: [terminated("job", 1)], phase: "Failed" },
  { name: "OnFailure, all exit 0", policy: "OnFailure", main: [terminated("a", 0), terminated("b", 0)], phase: "Succeeded" },
  { name: "OnFailure, exit 1 waiting to restart", policy: "OnFailure", main: [crashLooping("a", 1, 1)], phase: "Running" },
  { name: "Never, one exits 1 and one still runs", policy: "Never", main: [terminated("a", 1), running("b")], phase: "Running" },
  { name: "Never, both finished, one failed", policy: "Never", main: [terminated("a", 1), terminated("b", 0)], phase: "Failed" },
  { name: "Always, all exited 0, terminal (deleted)", policy: "Always", main: [terminated("a", 0)], isTerminal: true, phase: "Succeeded" },
  { name: "Always, exited 137 on deletion", policy: "Always", main: [terminated("a", 137)], isTerminal: true, phase: "Failed" },
  { name: "first init container running", policy: "Always", init: [running("init-a"), waiting("init-b", "PodInitializing")], main: [waiting("web", "PodInitializing")], phase: "Pending" },
  { name: "init container failed, Never", policy: "Never", init: [terminated("init", 1)], main: [waiting("web", "PodInitializing")], phase: "Failed" },
  { name: "init container in back-off, Always", policy: "Always", init: [crashLooping("init", 1, 1)], main: [waiting("web", "PodInitializing")], phase: "Pending" },
  { name: "init done, app not created", policy: "Always", init: [terminated("init", 0)], main: [waiting("web", "PodInitializing")], phase: "Pending" },
  {
    name: "sidecar running but not started, no app started",
    policy: "Always",
    init: [running("proxy", { isSidecar: true, started: false })],
    main: [waiting("web", "PodInitializing")],
    phase: "Pending",
  },
  {
    name: "Never: app done, sidecar still running",
    policy: "Never",
    init: [running("proxy", { isSidecar: true })],
    main: [terminated("job", 0)],
    phase: "Running",
  },
  {
    name: "Never: app done, sidecar stopped",
    policy: "Never",
    init: [terminated("proxy", 137, { isSidecar: true })],
    main: [terminated("job", 0)],
    phase: "Succeeded",
  },
];

describe("getPhase", () => {
  it.each(cases)("$name → $phase", ({ policy, init = [], main, isTerminal = false, phase }) => {
    expect(getPhase(policy, init, main, isTerminal)).toBe(phase);
  });
});

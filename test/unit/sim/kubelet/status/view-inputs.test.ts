// viewInputs lists everything podView and snapshotOf read: whenever a change to the state changes
// the view or the snapshot, it must change the inputs too (the recorder skips equal inputs).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { admitInput } from "../../../../../worker/sim/admission/admit-cached.ts";
import { effectiveSpec } from "../../../../../worker/sim/kubelet/effective-spec.ts";
import { type ContainerRecord, newPodState, type PodState } from "../../../../../worker/sim/kubelet/pod-state.ts";
import { podView } from "../../../../../worker/sim/kubelet/status/pod-view.ts";
import { snapshotOf } from "../../../../../worker/sim/kubelet/status/snapshot-of.ts";
import { isSameInputs, viewInputs } from "../../../../../worker/sim/kubelet/status/view-inputs.ts";

const golden = join(dirname(fileURLToPath(import.meta.url)), "../../../../golden");

function stateOf(pathInGolden: string): PodState {
  const admitted = admitInput(readFileSync(join(golden, pathInGolden), "utf8"), undefined);
  if (!admitted.ok || admitted.admission.pod === null) throw new Error("not admitted");
  const pod = admitted.admission.pod;
  return newPodState(pod, effectiveSpec(pod));
}

const derived = (state: PodState) => JSON.stringify([podView(state), snapshotOf(state)]);
const first = (state: PodState, index = 0): ContainerRecord => [...state.containers.values()][index]!;

const changes: [string, (state: PodState) => void][] = [
  ["scheduled", (s) => { s.scheduling = { kind: "bound", nodeName: "node-1", viaScheduler: true }; }],
  ["kubelet starts", (s) => { s.startTimeMs = 0; }],
  ["sandbox ready", (s) => { s.isSandboxReady = true; s.podIp = "10.244.0.5"; }],
  ["running", (s) => { first(s).state = { kind: "running", startedAtMs: 3000 }; first(s).started = true; }],
  ["ready", (s) => { first(s).ready = true; }],
  ["second container runs", (s) => { first(s, 1).state = { kind: "running", startedAtMs: 4000 }; }],
  ["terminated in place", (s) => { first(s).state = { kind: "terminated", exitCode: 137, reason: "Error", message: undefined, startedAtMs: 3000, finishedAtMs: 9000, containerId: "x" }; }],
  ["exit code changed in place", (s) => { const st = first(s).state; if (st.kind === "terminated") st.exitCode = 1; }],
  ["reason changed in place", (s) => { const st = first(s).state; if (st.kind === "terminated") st.reason = "OOMKilled"; }],
  ["waiting", (s) => { first(s).state = { kind: "waiting", reason: "CrashLoopBackOff", message: undefined }; first(s).ready = false; }],
  ["restarted", (s) => { first(s).restartCount = 1; first(s).lastTermination = { exitCode: 137, reason: "Error", message: undefined, startedAtMs: 3000, finishedAtMs: 9000, containerId: "x" }; }],
  ["waiting reason in place", (s) => { const st = first(s).state; if (st.kind === "waiting") st.reason = "Error"; }],
  ["not started", (s) => { first(s).started = false; }],
  ["node not ready", (s) => { s.isNodeNotReady = true; }],
  ["disruption", (s) => { s.isDisruptionTarget = true; }],
  ["deleting", (s) => { s.deletion = { atMs: 1000, graceMs: 30_000 }; }],
  ["torn down", (s) => { s.isTornDown = true; }],
  ["terminal", (s) => { s.terminalPhase = "Failed"; }],
  ["deadline exceeded", (s) => { s.statusReason = { reason: "DeadlineExceeded", message: "Pod was active on the node longer than the specified deadline" }; }],
  ["unschedulable", (s) => { s.scheduling = { kind: "unschedulable", message: "0/1 nodes are available" }; }],
  ["other message", (s) => { s.scheduling = { kind: "unschedulable", message: "0/2 nodes are available" }; }],
];

describe("viewInputs", () => {
  it.each(["notes/two-containers/pod.yaml", "tasks/init-demo-offline/pod.yaml", "notes/javaweb-init-war/pod.yaml"])("%s: a change to the view changes the inputs", (file) => {
    const state = stateOf(file);
    let inputs = viewInputs(state);
    let view = derived(state);
    for (const [name, change] of changes) {
      if (state.containers.size < 2 && name === "second container runs") continue;
      change(state);
      const nextInputs = viewInputs(state);
      const nextView = derived(state);
      if (nextView !== view) expect(isSameInputs(nextInputs, inputs), name).toBe(false);
      else expect(nextInputs.length).toBeGreaterThan(0);
      inputs = nextInputs;
      view = nextView;
    }
  });
});

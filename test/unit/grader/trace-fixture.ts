// A hand-written trace in the simulate contract's shape: the kubernetes.io liveness-exec example
// (kubelet-semantics.md §6: probes from 5 s every 5 s, three failures after the file goes at 30 s,
// a kill at 45 s with a restart), used to test assertions without the simulator.
import type { ContainerSnapshot, SimResult, Snapshot } from "../../../worker/sim/sim-result.ts";

const container = (extra: Partial<ContainerSnapshot>): ContainerSnapshot => ({
  name: "liveness", state: "running", reason: null, exitCode: null, ready: true, started: true, restartCount: 0, ...extra,
});
const snapshot = (time: number, extra: Partial<Snapshot>, c: Partial<ContainerSnapshot>): Snapshot => ({
  time, phase: "Running", status: "Running", ready: "1/1", restarts: 0, node: "node-1", podIP: "10.244.0.5",
  conditions: { PodScheduled: "True", Initialized: "True", Ready: "True", ContainersReady: "True" },
  initContainers: [], containers: [container(c)], ...extra,
});

export const livenessTrace: SimResult = {
  admitted: true,
  errors: [],
  warnings: [{ field: "spec.foo", type: "UnknownField", message: 'unknown field "spec.foo"', line: 5, column: 3 }],
  pod: { apiVersion: "v1", kind: "Pod", metadata: { name: "liveness-exec" }, spec: { restartPolicy: "Always", containers: [{ name: "liveness", image: "busybox" }] } },
  events: [
    { time: 0, type: "Normal", reason: "Scheduled", object: "pod/liveness-exec", message: "Successfully assigned default/liveness-exec to node-1" },
    { time: 1, type: "Normal", reason: "Pulling", object: "spec.containers{liveness}", message: 'Pulling image "busybox"' },
    { time: 3, type: "Normal", reason: "Started", object: "spec.containers{liveness}", message: "Started container liveness" },
    { time: 35, type: "Warning", reason: "Unhealthy", object: "spec.containers{liveness}", message: "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory" },
    { time: 40, type: "Warning", reason: "Unhealthy", object: "spec.containers{liveness}", message: "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory" },
    { time: 45, type: "Warning", reason: "Unhealthy", object: "spec.containers{liveness}", message: "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory" },
    { time: 45, type: "Normal", reason: "Killing", object: "spec.containers{liveness}", message: "Container liveness failed liveness probe, will be restarted" },
    { time: 75, type: "Normal", reason: "Started", object: "spec.containers{liveness}", message: "Started container liveness" },
  ],
  snapshots: [
    snapshot(0, { phase: "Pending", status: "ContainerCreating", ready: "0/1", node: "node-1", podIP: null, conditions: { PodScheduled: "True" } }, { state: "waiting", reason: "ContainerCreating", ready: false, started: false }),
    snapshot(3, {}, {}),
    snapshot(75, { restarts: 1 }, { restartCount: 1 }),
  ],
  execs: [{ time: 20, container: "liveness", command: "cat /tmp/healthy", exitCode: 0, stdout: "", stderr: "" },
    { time: 40, container: "liveness", command: "cat /tmp/healthy", exitCode: 1, stdout: "", stderr: "cat: can't open '/tmp/healthy': No such file or directory\n" }],
};

export const rejectedTrace: SimResult = {
  admitted: false,
  errors: [{ field: "spec.containers[0].image", type: "FieldValueRequired", message: "spec.containers[0].image: Required value", line: 7, column: 5 }],
  warnings: [],
  pod: null,
  events: [],
  snapshots: [],
  execs: [],
};

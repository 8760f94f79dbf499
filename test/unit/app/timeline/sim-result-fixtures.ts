// Hand-built SimResult documents for the timeline tests and screenshots. Values follow the
// contract (simulate-contract.md) and kubelet-semantics: SIM latencies of §0.4 (sandbox 1 s,
// pull 2 s), probe events per P5, Killing messages per K18, crash back-off per R2/R3 and
// deletion per T1–T6. Each was checked against what the simulator prints for the same pod.
import type { ContainerSnapshot, SimEvent, SimResult, Snapshot } from "@/worker/sim/sim-result.ts";

type State = [ContainerSnapshot["state"], string | null, number | null];
const WAITING_CREATING: State = ["waiting", "ContainerCreating", null];
const WAITING_INIT: State = ["waiting", "PodInitializing", null];
const RUNNING: State = ["running", null, null];

/** A container as a snapshot shows it; `ready` and `started` follow P12–P14 for probe-less or passing containers. */
export function container(name: string, [state, reason, exitCode]: State, restartCount = 0, ready = state === "running"): ContainerSnapshot {
  return { name, state, reason, exitCode, ready, started: state === "running", restartCount };
}

const CONDITIONS_RUNNING = { PodReadyToStartContainers: "True", Initialized: "True", Ready: "True", ContainersReady: "True", PodScheduled: "True" } as const;
const CONDITIONS_NOT_READY = { ...CONDITIONS_RUNNING, Ready: "False", ContainersReady: "False" } as const;

/** A snapshot at `time`; the first of every run (time 0, before binding) has no containers. */
export function snapshot(
  time: number,
  fields: Pick<Snapshot, "phase" | "status" | "ready" | "restarts"> & Partial<Snapshot>,
): Snapshot {
  return {
    time,
    node: "node-1",
    podIP: "10.244.0.5",
    conditions: { ...CONDITIONS_NOT_READY },
    initContainers: [],
    containers: [],
    ...fields,
  };
}

function event(time: number, reason: string, object: string, message: string, type: SimEvent["type"] = "Normal"): SimEvent {
  return { time, type, reason, object, message };
}

function startEvents(time: number, object: string, name: string, image = "registry.k8s.io/busybox"): SimEvent[] {
  return [
    event(time, "Pulled", object, `Container image "${image}" already present on machine`),
    event(time, "Created", object, `Created container ${name}`),
    event(time, "Started", object, `Started container ${name}`),
  ];
}

function result(name: string, events: SimEvent[], snapshots: Snapshot[], metadata: Record<string, unknown> = {}): SimResult {
  return {
    admitted: true,
    errors: [],
    warnings: [],
    pod: { apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default", ...metadata }, spec: {}, status: {} },
    events: [event(0, "Scheduled", `pod/${name}`, `Successfully assigned default/${name} to node-1`, "Normal"), ...events],
    snapshots: [snapshot(0, { phase: "Pending", status: "Pending", ready: "0/1", restarts: 0, node: null, podIP: null, conditions: {} }), ...snapshots],
    execs: [],
  };
}

const LIVENESS_OUTPUT = "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n";
const L = "spec.containers{liveness}";

/** The docs' liveness-exec pod: /tmp/healthy removed at 30 s, probe every 5 s from 5 s, failureThreshold 3. Until 120 s. */
export const livenessExec: SimResult = result(
  "liveness-exec",
  [
    ...startEvents(3, L, "liveness"),
    event(35, "Unhealthy", L, LIVENESS_OUTPUT, "Warning"),
    event(40, "Unhealthy", L, LIVENESS_OUTPUT, "Warning"),
    event(45, "Unhealthy", L, LIVENESS_OUTPUT, "Warning"),
    event(45, "Killing", L, "Container liveness failed liveness probe, will be restarted"),
    // `sleep` as PID 1 ignores SIGTERM (T4): SIGKILL after the 30 s grace, exit 137.
    ...startEvents(75, L, "liveness"),
    event(105, "Unhealthy", L, LIVENESS_OUTPUT, "Warning"),
    event(110, "Unhealthy", L, LIVENESS_OUTPUT, "Warning"),
    event(115, "Unhealthy", L, LIVENESS_OUTPUT, "Warning"),
    event(115, "Killing", L, "Container liveness failed liveness probe, will be restarted"),
  ],
  [
    snapshot(0, { phase: "Pending", status: "ContainerCreating", ready: "0/1", restarts: 0, containers: [container("liveness", WAITING_CREATING)] }),
    snapshot(3, { phase: "Running", status: "Running", ready: "1/1", restarts: 0, conditions: { ...CONDITIONS_RUNNING }, containers: [container("liveness", RUNNING)] }),
    snapshot(75, { phase: "Running", status: "Error", ready: "0/1", restarts: 0, containers: [container("liveness", ["terminated", "Error", 137])] }),
    snapshot(75, { phase: "Running", status: "Running", ready: "1/1", restarts: 1, conditions: { ...CONDITIONS_RUNNING }, containers: [container("liveness", RUNNING, 1)] }),
  ],
);

const A = "spec.containers{app}";
const BACKOFF = "Back-off restarting failed container app in pod crash_default(675850a3-507a-4496-a58c-487966f94444)";

/** `sh -c "sleep 5; exit 1"` under restartPolicy Always: back-off 0, 10, 20 s (R2). Until 60 s. */
export const crashLoop: SimResult = result(
  "crash",
  [
    ...startEvents(3, A, "app"),
    ...startEvents(8, A, "app"),
    event(13, "BackOff", A, BACKOFF, "Warning"),
    ...startEvents(23, A, "app"),
    event(28, "BackOff", A, BACKOFF, "Warning"),
    ...startEvents(48, A, "app"),
    event(53, "BackOff", A, BACKOFF, "Warning"),
  ],
  [3, 8, 23, 48].flatMap((start, index) => {
    const running = snapshot(start, { phase: "Running", status: "Running", ready: "1/1", restarts: index, conditions: { ...CONDITIONS_RUNNING }, containers: [container("app", RUNNING, index)] });
    const exited = snapshot(start + 5, { phase: "Running", status: "Error", ready: "0/1", restarts: index, containers: [container("app", ["terminated", "Error", 1], index)] });
    const backOff = snapshot(start + 5, { phase: "Running", status: "CrashLoopBackOff", ready: "0/1", restarts: index, containers: [container("app", ["waiting", "CrashLoopBackOff", null], index)] });
    const before = index === 0 ? [snapshot(0, { phase: "Pending", status: "ContainerCreating", ready: "0/1", restarts: 0, containers: [container("app", WAITING_CREATING)] })] : [];
    return [...before, running, exited, ...(index === 0 ? [] : [backOff])];
  }),
);

const W = "spec.initContainers{wait}";
const WEB = "spec.containers{web}";
const READINESS_OUTPUT = 'Readiness probe failed: Get "http://10.244.0.5:80/": dial tcp 10.244.0.5:80: connect: connection refused';

/** Init container `wait` (sleep 4) then `web`, whose readiness probe fails once before it passes (I1–I4, P14). Until 30 s. */
export const initThenApp: SimResult = result(
  "init-demo",
  [
    ...startEvents(3, W, "wait"),
    ...startEvents(7, WEB, "web", "nginx"),
    event(7, "Unhealthy", WEB, READINESS_OUTPUT, "Warning"),
  ],
  [
    snapshot(0, { phase: "Pending", status: "Init:0/1", ready: "0/1", restarts: 0, conditions: { ...CONDITIONS_NOT_READY, Initialized: "False" }, initContainers: [container("wait", WAITING_INIT)], containers: [container("web", WAITING_INIT)] }),
    snapshot(3, { phase: "Pending", status: "Init:0/1", ready: "0/1", restarts: 0, conditions: { ...CONDITIONS_NOT_READY, Initialized: "False" }, initContainers: [container("wait", RUNNING, 0, false)], containers: [container("web", WAITING_INIT)] }),
    snapshot(7, { phase: "Pending", status: "PodInitializing", ready: "0/1", restarts: 0, initContainers: [container("wait", ["terminated", "Completed", 0], 0, true)], containers: [container("web", WAITING_INIT)] }),
    snapshot(7, { phase: "Running", status: "Running", ready: "0/1", restarts: 0, initContainers: [container("wait", ["terminated", "Completed", 0], 0, true)], containers: [container("web", RUNNING, 0, false)] }),
    snapshot(12, { phase: "Running", status: "Running", ready: "1/1", restarts: 0, conditions: { ...CONDITIONS_RUNNING }, initContainers: [container("wait", ["terminated", "Completed", 0], 0, true)], containers: [container("web", RUNNING)] }),
  ],
);

const S = "spec.containers{sleep}";

/** `sleep 3600` with a failing preStop, deleted at 30 s with the default 30 s grace: SIGKILL at 60 s, exit 137 (T2–T6). Until 90 s. */
export const deletedSleeper: SimResult = result(
  "sleeper",
  [
    ...startEvents(3, S, "sleep"),
    event(30, "Killing", S, "Stopping container sleep"),
    event(30, "FailedPreStopHook", S, "PreStopHook failed", "Warning"),
  ],
  [
    snapshot(0, { phase: "Pending", status: "ContainerCreating", ready: "0/1", restarts: 0, containers: [container("sleep", WAITING_CREATING)] }),
    snapshot(3, { phase: "Running", status: "Running", ready: "1/1", restarts: 0, conditions: { ...CONDITIONS_RUNNING }, containers: [container("sleep", RUNNING)] }),
    snapshot(30, { phase: "Running", status: "Terminating", ready: "1/1", restarts: 0, conditions: { ...CONDITIONS_RUNNING }, containers: [container("sleep", RUNNING)] }),
    snapshot(60, { phase: "Failed", status: "Error", ready: "0/1", restarts: 0, conditions: { ...CONDITIONS_NOT_READY, PodReadyToStartContainers: "False" }, containers: [container("sleep", ["terminated", "Error", 137])] }),
  ],
  { deletionGracePeriodSeconds: 30, deletionTimestamp: "2024-01-01T00:01:00Z" },
);

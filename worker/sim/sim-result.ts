// The `podlab simulate` JSON document (shared/reference/simulate-contract.md), as types. Other
// programs parse this shape: names and nesting are fixed by the contract. SimResult also carries
// two records the contract does not have (probeRuns, hookRuns) for the site's timeline; the CLI
// prints only the contract's keys (worker/cli/contract-document.ts).
import type { Problem } from "./admission/problem.ts";

/** One occurrence of a Kubernetes event. `time` is seconds of virtual time since creation. */
export interface SimEvent {
  time: number;
  type: "Normal" | "Warning";
  reason: string;
  /** `pod/NAME`, `spec.containers{NAME}` or `spec.initContainers{NAME}`. */
  object: string;
  message: string;
}

/** A container as one snapshot shows it. */
export interface ContainerSnapshot {
  name: string;
  state: "waiting" | "running" | "terminated";
  reason: string | null;
  exitCode: number | null;
  ready: boolean;
  started: boolean;
  restartCount: number;
}

/** The pod's observable status, recorded each time any field changes (first at time 0). */
export interface Snapshot {
  time: number;
  phase: "Pending" | "Running" | "Succeeded" | "Failed" | "Unknown";
  /** The STATUS column of `kubectl get pods`. */
  status: string;
  /** The READY column, e.g. "1/2". */
  ready: string;
  restarts: number;
  node: string | null;
  podIP: string | null;
  conditions: Record<string, "True" | "False" | "Unknown">;
  initContainers: ContainerSnapshot[];
  containers: ContainerSnapshot[];
}

/** The result of one `--exec`. */
export interface ExecResult {
  time: number;
  container: string;
  command: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * One probe attempt whose result the kubelet took (prober/worker.go doProbe; kubelet-semantics.md
 * P5). `time` is when the result came, the time of its `Unhealthy` event if it failed. "error":
 * the probe could not run at all and its result was thrown away (`TYPE probe errored`).
 * `message` is the `Unhealthy` event's message for a failure or an error, "" for a success.
 */
export interface ProbeRun {
  time: number;
  container: string;
  /** "init" and "sidecar" containers are under spec.initContainers, "regular" under spec.containers. */
  containerKind: "init" | "sidecar" | "regular";
  probe: "liveness" | "readiness" | "startup";
  result: "success" | "failure" | "error";
  message: string;
}

/**
 * One run of a lifecycle hook (K16, K17, T2, T3), from when the kubelet started it to when it
 * used its outcome. "timeout": a preStop still running when the grace period ran out (the stop
 * went on without it, no event). `endTime` and `outcome` are null when the outcome was never
 * used: the run ended first, or the container was killed while its postStart ran. `message` is
 * the handler's error detail for a failure, else "".
 */
export interface HookRun {
  container: string;
  containerKind: "init" | "sidecar" | "regular";
  hook: "postStart" | "preStop";
  startTime: number;
  endTime: number | null;
  outcome: "success" | "failure" | "timeout" | null;
  message: string;
}

/**
 * The whole result: the contract document (what `podlab simulate --output json` prints, keys in
 * its order) plus `probeRuns` and `hookRuns`, which the CLI leaves out. Both are in time order
 * (hooks by start), ties in the order they happened; both are empty when the pod was rejected.
 */
export interface SimResult {
  admitted: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** The stored Pod after defaulting and admission, with `status` as it stands at the end; null when rejected. */
  pod: Record<string, unknown> | null;
  events: SimEvent[];
  snapshots: Snapshot[];
  execs: ExecResult[];
  /**
   * Every probe attempt whose result was taken; capped at recordLimits.maxProbeRuns. simulate()
   * always sets both lists; results stored before they existed (old verdicts) lack them.
   */
  probeRuns?: ProbeRun[];
  hookRuns?: HookRun[];
}

/** What to simulate: the contract's arguments, already read and parsed. */
export interface SimInput {
  podYaml: string;
  /** The --cluster file's text, or undefined for the default cluster. */
  clusterYaml: string | undefined;
  untilMs: number;
  deleteAtMs: number | undefined;
  execs: { atMs: number; container: string; command: string }[];
}

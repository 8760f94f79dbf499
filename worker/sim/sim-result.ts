// The `podlab simulate` JSON document (shared/reference/simulate-contract.md), as types. Other
// programs parse this shape: names and nesting are fixed by the contract.
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

/** The whole document: what `podlab simulate --output json` prints. */
export interface SimResult {
  admitted: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** The stored Pod after defaulting and admission, with `status` as it stands at the end; null when rejected. */
  pod: Record<string, unknown> | null;
  events: SimEvent[];
  snapshots: Snapshot[];
  execs: ExecResult[];
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

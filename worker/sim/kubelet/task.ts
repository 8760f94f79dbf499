// The timed work items of one simulation: everything the scheduler, the kubelet and the node
// controllers do at a virtual time. The engine's queue holds these; handle-task.ts dispatches them.
import type { ProbeKind } from "./pod-state.ts";

/** A unit of work due at a virtual time. `instance` pins work to one container instance. */
export type Task =
  | { kind: "schedule" }
  | { kind: "sync" }
  | { kind: "mountRetry" }
  | { kind: "sandboxReady" }
  | { kind: "pullDone"; container: string }
  | { kind: "probe"; container: string; probe: ProbeKind }
  | { kind: "probeTimeout"; container: string; probe: ProbeKind; attempt: number }
  | { kind: "hookDone"; container: string; hook: "postStart" | "preStop"; attempt: number; isSuccess: boolean; detail: string; isGraceExpiry: boolean }
  | { kind: "sigkill"; container: string; instance: number }
  | { kind: "activeDeadline" }
  | { kind: "delete" }
  | { kind: "exec"; index: number }
  | { kind: "nodeDown"; node: string }
  | { kind: "nodeNotReady"; node: string }
  | { kind: "taintEviction" };

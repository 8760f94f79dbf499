// The discrete-event loop (kubelet-semantics.md §0.4 timing). Two sources of timed work share one
// virtual clock in whole ms: the engine's task queue (scheduler, kubelet, controllers, --exec,
// --delete-at), ordered by (time, seq), and the container runtime's process timers. At each step
// the earlier one runs; on a tie the runtime goes first, so a process that acts at t is seen by
// the kubelet at t. After every step the exits are routed (main processes to their containers,
// execs to their probe, hook or --exec), the pod is settled, and a snapshot is recorded if
// anything changed.
//
// Bounds: at most `maxSteps` steps, and the recorder's caps; when one is reached the run ends at
// that instant (no Kubernetes event is invented for it) and reports the `truncation`, which
// simulate() turns into a warning. The runtime bounds CPU per instant itself.
import type { Pod } from "kubernetes-types/core/v1";
import type { Cluster } from "../cluster/cluster.ts";
import { nodeFailures } from "../cluster/node-failure.ts";
import { isStatusHeld } from "../kubelet/active-deadline.ts";
import { effectiveSpec } from "../kubelet/effective-spec.ts";
import type { ExecWaiter, KubeletContext } from "../kubelet/kubelet-context.ts";
import { recordOf } from "../kubelet/kubelet-context.ts";
import { hookExecResult } from "../kubelet/lifecycle/run-hook.ts";
import { onHookDone } from "../kubelet/lifecycle/on-hook-done.ts";
import { newPodState, type PodState } from "../kubelet/pod-state.ts";
import { onProbeExit } from "../kubelet/prober/run-probe.ts";
import { onSandboxExit } from "../kubelet/sandbox-changed.ts";
import { settlePod } from "../kubelet/settle-pod.ts";
import type { Task } from "../kubelet/task.ts";
import { ContainerRuntime } from "../runtime/container-runtime.ts";
import type { ExitRecord } from "../runtime/runtime-types.ts";
import type { ExecResult, HookRun, ProbeRun, SimEvent, SimInput, Snapshot } from "../sim-result.ts";
import { EventQueue } from "../runtime/process/event-queue.ts";
import { handleMainExit, handleTask } from "./handle-task.ts";
import { Recorder } from "./recorder.ts";
import { execResults, onUserExecExit, type UserExecs } from "./user-exec.ts";

/** At most this many loop steps per simulation. */
export const maxSteps = 200_000;

/** Which bound ended a run early, and when. */
export interface Truncation {
  atMs: number;
  bound: "steps" | "events" | "snapshots";
}

/** What one run produced. `truncation` is set when a bound ended it before --until. */
export interface RunOutcome {
  state: PodState;
  events: SimEvent[];
  snapshots: Snapshot[];
  execs: ExecResult[];
  probeRuns: ProbeRun[];
  hookRuns: HookRun[];
  truncation: Truncation | undefined;
}

/** Simulates the admitted pod in `cluster` until input.untilMs. Deterministic. */
export function runSimulation(input: SimInput, admitted: Pod, cluster: Cluster): RunOutcome {
  const rt = new ContainerRuntime();
  const queue = new EventQueue<Task>();
  const recorder = new Recorder();
  const state = newPodState(admitted, effectiveSpec(admitted));
  const watchers = new Map<number, ExecWaiter>();
  const execs: UserExecs = { requests: input.execs, results: [], running: new Map() };
  // Methods, not arrow properties: under tsx (esbuild's keepNames) every named arrow is renamed
  // with an Object.defineProperty call each time it is created, about a microsecond apiece.
  const ctx: KubeletContext = {
    state, rt, cluster, nowMs: 0,
    schedule(atMs, task) {
      queue.push(Math.max(atMs, ctx.nowMs), task);
    },
    emit(type, reason, object, message) {
      recorder.emit(ctx.nowMs, type, reason, object, message);
    },
    probeRun(record, probe, result, message) {
      recorder.probeRun(ctx.nowMs, record, probe, result, message);
    },
    hookStarted(record, hook) {
      recorder.hookStarted(ctx.nowMs, record, hook);
    },
    hookEnded(record, outcome, message) {
      recorder.hookEnded(ctx.nowMs, record, outcome, message);
    },
    watchExec(proc, containerId, waiter) {
      watchers.set(execKey(containerId, proc.pid), waiter);
    },
  };
  queue.push(0, { kind: "schedule" });
  for (const failure of nodeFailures(cluster)) queue.push(failure.notReadyAtMs, { kind: "nodeDown", node: failure.nodeName });
  if (input.deleteAtMs !== undefined) queue.push(input.deleteAtMs, { kind: "delete" });
  input.execs.forEach((request, index) => queue.push(request.atMs, { kind: "exec", index }));
  recorder.record(0, state);

  let steps = 0;
  let truncation: Truncation | undefined;
  for (;;) {
    const taskAt = queue.peekTime();
    const runtimeAt = isRuntimeLive(state) ? rt.nextEventAt() : undefined;
    const nextAt = Math.min(taskAt ?? Infinity, runtimeAt ?? Infinity);
    if (nextAt === Infinity || nextAt > input.untilMs) break;
    if (++steps > maxSteps || recorder.isFull) {
      truncation = { atMs: ctx.nowMs, bound: steps > maxSteps ? "steps" : recorder.fullList() };
      break;
    }
    const eventsBefore = recorder.events.length;
    const probeRevisionBefore = state.probeRevision;
    let isChange = false;
    if (runtimeAt !== undefined && runtimeAt <= (taskAt ?? Infinity)) {
      rt.advanceTo(runtimeAt);
      ctx.nowMs = runtimeAt;
    } else {
      const entry = queue.pop()!;
      if (isRuntimeLive(state) && entry.atMs > rt.nowMs) rt.advanceTo(entry.atMs);
      ctx.nowMs = entry.atMs;
      handleTask(ctx, entry.value, execs);
      // T1: the API sets deletionTimestamp before the kubelet acts, so `kubectl get -w` shows
      // Terminating with the containers as they were, even when they all stop at this instant.
      // Likewise SyncPod publishes DeadlineExceeded before SyncTerminatingPod stops anything (§9.4).
      if (entry.value.kind === "delete" || entry.value.kind === "activeDeadline") recorder.record(ctx.nowMs, state);
      isChange = entry.value.kind !== "probe" && entry.value.kind !== "probeTimeout";
    }
    isChange = drainExits(ctx, watchers, execs) || isChange;
    // Only a task, an exit, an event or a changed probe result can change what is observable.
    if (!isChange && recorder.events.length === eventsBefore && state.probeRevision === probeRevisionBefore) continue;
    settlePod(ctx);
    drainExits(ctx, watchers, execs);
    if (!isStatusHeld(state)) recorder.record(ctx.nowMs, state);
  }
  for (const proc of execs.running.values()) rt.signalProcess(proc, "KILL");
  drainExits(ctx, watchers, execs);
  return {
    state, events: recorder.events, snapshots: recorder.snapshots, execs: execResults(execs),
    probeRuns: recorder.probeRuns, hookRuns: recorder.hookRuns, truncation,
  };
}

/** The runtime keeps time only while the pod's sandbox and node exist. */
function isRuntimeLive(state: PodState): boolean {
  return !state.isGone && !state.isNodeDown && !state.isTornDown;
}

/** Routes every pending exit; true if any besides a probe's (those report through events and probeRevision). */
function drainExits(ctx: KubeletContext, watchers: Map<number, ExecWaiter>, execs: UserExecs): boolean {
  let isChange = false;
  for (let exits = ctx.rt.takeExits(); exits.length > 0; exits = ctx.rt.takeExits()) {
    for (const exit of exits) isChange = routeExit(ctx, watchers, execs, exit) || isChange;
  }
  return isChange;
}

/**
 * The watchers' key of an exec: one number rather than a "container:pid" string, as every probe
 * exec is watched and routed. Exact in a double: container ids stay below 2^21 (each start takes
 * a loop step, at most maxSteps) and PIDs below 2^32 (at most maxNodeSteps processes a node).
 */
function execKey(containerId: number, pid: number): number {
  return containerId * 2 ** 32 + pid;
}

function routeExit(ctx: KubeletContext, watchers: Map<number, ExecWaiter>, execs: UserExecs, exit: ExitRecord): boolean {
  if (exit.kind === "main") {
    handleMainExit(ctx, exit);
    return true;
  }
  if (exit.kind === "sandbox") {
    onSandboxExit(ctx);
    return true;
  }
  const key = execKey(exit.containerId, exit.pid);
  const waiter = watchers.get(key);
  if (waiter === undefined) return false;
  watchers.delete(key);
  if (waiter.purpose === "user") {
    onUserExecExit(execs, waiter.index, exit);
    return false;
  }
  const record = recordOf(ctx.state, waiter.container);
  if (waiter.purpose === "probe") {
    onProbeExit(ctx, record, waiter.probe, waiter.attempt, exit);
    return false;
  }
  const handler = waiter.hook === "postStart" ? record.spec.postStart : record.spec.preStop;
  const result = hookExecResult(ctx, record, exit, handler?.kind === "exec" ? handler.command : []);
  onHookDone(ctx, record, waiter.hook, waiter.attempt, result.isSuccess, result.detail, false);
  return true;
}

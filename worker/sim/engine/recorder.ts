// What the run shows the outside: every event as it is emitted, and a snapshot whenever the
// snapshot differs from the last one recorded (field by field, as their JSON texts would; record
// only on change; several may share an instant). It also notes when each condition last changed,
// for lastTransitionTime. Both lists are capped so a runaway pod cannot grow the document without
// bound. It also keeps the probe and hook runs for the site's timeline (not the contract's); the
// probe list is capped too, but reaching that cap only stops the list, not the run.
import type { ContainerRecord, PodState } from "../kubelet/pod-state.ts";
import { podView } from "../kubelet/status/pod-view.ts";
import { snapshotOf } from "../kubelet/status/snapshot-of.ts";
import { isSameInputs, viewInputs } from "../kubelet/status/view-inputs.ts";
import type { HookRun, ProbeRun, SimEvent, Snapshot } from "../sim-result.ts";
import { isSameSnapshot, type TimelessSnapshot } from "./same-snapshot.ts";

/** Caps on the recorded lists; reaching one ends the run at that instant. */
export const recordLimits = { maxEvents: 20_000, maxSnapshots: 20_000, maxProbeRuns: 20_000 } as const;

/** Collects events and snapshots in time order. */
export class Recorder {
  readonly events: SimEvent[] = [];
  readonly snapshots: Snapshot[] = [];
  readonly probeRuns: ProbeRun[] = [];
  readonly hookRuns: HookRun[] = [];
  /** The hook run still open per container: a container runs at most one hook at a time. */
  private readonly openHooks = new Map<string, HookRun>();
  private last: TimelessSnapshot | undefined;
  /** What the last derived view was derived from (see view-inputs.ts). */
  private lastInputs: unknown[] = [];

  /** Whether a cap was reached. */
  get isFull(): boolean {
    return this.events.length >= recordLimits.maxEvents || this.snapshots.length >= recordLimits.maxSnapshots;
  }

  /** The list that reached its cap (call only when isFull). */
  fullList(): "events" | "snapshots" {
    return this.events.length >= recordLimits.maxEvents ? "events" : "snapshots";
  }

  /** Appends one event occurrence at `nowMs`. */
  emit(nowMs: number, type: SimEvent["type"], reason: string, object: string, message: string): void {
    if (this.events.length >= recordLimits.maxEvents) return;
    this.events.push({ time: nowMs / 1000, type, reason, object, message });
  }

  /** Appends one probe attempt's result at `nowMs`; one small object, nothing else allocated. */
  probeRun(nowMs: number, record: ContainerRecord, probe: ProbeRun["probe"], result: ProbeRun["result"], message: string): void {
    if (this.probeRuns.length >= recordLimits.maxProbeRuns) return;
    this.probeRuns.push({ time: nowMs / 1000, container: record.spec.name, containerKind: record.spec.kind, probe, result, message });
  }

  /** Opens a hook run at `nowMs`. A hook still open on the container was abandoned: it stays without an outcome. */
  hookStarted(nowMs: number, record: ContainerRecord, hook: HookRun["hook"]): void {
    const name = record.spec.name;
    const abandoned = this.openHooks.get(name);
    if (abandoned !== undefined) abandoned.endTime = nowMs / 1000;
    const run: HookRun = { container: name, containerKind: record.spec.kind, hook, startTime: nowMs / 1000, endTime: null, outcome: null, message: "" };
    this.hookRuns.push(run);
    this.openHooks.set(name, run);
  }

  /** Closes the container's open hook run at `nowMs` with the outcome the kubelet used. */
  hookEnded(nowMs: number, record: ContainerRecord, outcome: NonNullable<HookRun["outcome"]>, message: string): void {
    const run = this.openHooks.get(record.spec.name);
    if (run === undefined) return;
    this.openHooks.delete(record.spec.name);
    run.endTime = nowMs / 1000;
    run.outcome = outcome;
    run.message = message;
  }

  /** Records a snapshot at `nowMs` if anything changed since the last one. */
  record(nowMs: number, state: PodState): void {
    // Same inputs: the same view, so the condition times are already current and the snapshot
    // equals the last one derived, which is the last one recorded unless the list is full.
    const inputs = viewInputs(state);
    if (isSameInputs(inputs, this.lastInputs)) return;
    this.lastInputs = inputs;
    const view = podView(state);
    for (const condition of view.conditions) {
      const previous = state.conditionTimes.get(condition.type);
      if (previous?.status !== condition.status) state.conditionTimes.set(condition.type, { status: condition.status, atMs: nowMs });
    }
    const snapshot = snapshotOf(state, view);
    if (this.last !== undefined && isSameSnapshot(snapshot, this.last)) return;
    if (this.snapshots.length >= recordLimits.maxSnapshots) return;
    this.last = snapshot;
    this.snapshots.push(timed(nowMs, snapshot));
  }
}

/** The snapshot with its time, key by key in the contract's order: cheaper than a spread. */
function timed(nowMs: number, snapshot: TimelessSnapshot): Snapshot {
  return {
    time: nowMs / 1000, phase: snapshot.phase, status: snapshot.status, ready: snapshot.ready, restarts: snapshot.restarts,
    node: snapshot.node, podIP: snapshot.podIP, conditions: snapshot.conditions, initContainers: snapshot.initContainers,
    containers: snapshot.containers,
  };
}

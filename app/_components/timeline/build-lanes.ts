// Snapshots → one lane of state segments per container. Snapshots are recorded only on change
// (simulate-contract.md), so a container keeps the state of the latest snapshot until the next
// one that differs; several snapshots at one instant show instantaneous states (an exit followed
// by an immediate restart) that have no width and are drawn as marks instead (build-state-marks).
import type { ContainerSnapshot, Snapshot } from "@/worker/sim/sim-result.ts";

/** Init lanes come before app lanes, as in the spec and in `kubectl describe`. */
export type LaneKind = "init" | "app";

/** A stretch of time over which one container's observable state does not change. */
export interface StateSegment {
  startS: number;
  endS: number;
  state: ContainerSnapshot["state"];
  reason: string | null;
  exitCode: number | null;
  ready: boolean;
  restartCount: number;
}

/** One container's row in the picture. */
export interface Lane {
  /** `init:NAME` or `app:NAME`: unique even when an init and an app container share a name. */
  key: string;
  name: string;
  kind: LaneKind;
  segments: StateSegment[];
}

/** The lane key of a container, as used by marks too. Pure. */
export function laneKey(kind: LaneKind, name: string): string {
  return `${kind}:${name}`;
}

/** Lanes for every container named in the snapshots (init first, each in order of appearance), with segments up to `endS`. Pure. */
export function buildLanes(snapshots: Snapshot[], endS: number): Lane[] {
  const init = collectNames(snapshots, "initContainers").map((name) => buildLane(snapshots, "init", name, endS));
  const app = collectNames(snapshots, "containers").map((name) => buildLane(snapshots, "app", name, endS));
  return [...init, ...app];
}

function collectNames(snapshots: Snapshot[], field: "initContainers" | "containers"): string[] {
  const names: string[] = [];
  for (const snapshot of snapshots) {
    for (const container of snapshot[field]) {
      if (!names.includes(container.name)) names.push(container.name);
    }
  }
  return names;
}

function findContainer(snapshot: Snapshot, kind: LaneKind, name: string): ContainerSnapshot | undefined {
  const list = kind === "init" ? snapshot.initContainers : snapshot.containers;
  return list.find((container) => container.name === name);
}

function buildLane(snapshots: Snapshot[], kind: LaneKind, name: string, endS: number): Lane {
  const segments: StateSegment[] = [];
  let open: StateSegment | null = null;
  for (const snapshot of snapshots) {
    if (snapshot.time > endS) break;
    const container = findContainer(snapshot, kind, name);
    if (open !== null && container !== undefined && sameState(open, container)) continue;
    if (open !== null) closeSegment(segments, open, snapshot.time);
    open = container === undefined ? null : openSegment(container, snapshot.time);
  }
  if (open !== null) closeSegment(segments, open, endS);
  return { key: laneKey(kind, name), name, kind, segments };
}

function openSegment(container: ContainerSnapshot, startS: number): StateSegment {
  const { state, reason, exitCode, ready, restartCount } = container;
  return { startS, endS: startS, state, reason, exitCode, ready, restartCount };
}

/** Keeps only segments with a width: instantaneous states become marks. */
function closeSegment(segments: StateSegment[], segment: StateSegment, endS: number): void {
  if (endS > segment.startS) segments.push({ ...segment, endS });
}

function sameState(segment: StateSegment, container: ContainerSnapshot): boolean {
  return (
    segment.state === container.state &&
    segment.reason === container.reason &&
    segment.exitCode === container.exitCode &&
    segment.ready === container.ready &&
    segment.restartCount === container.restartCount
  );
}

// Snapshots → instant marks on a lane: a restart wherever restartCount grows (the kubelet counts
// a restart when the new instance is created, kubelet-semantics R4) and an exit wherever a
// container becomes terminated (T5: the reason and exit code of that instance).
import type { ContainerSnapshot, Snapshot } from "@/worker/sim/sim-result.ts";
import { laneKey, type LaneKind } from "./build-lanes.ts";

/** A new container instance: restartCount went up to `restartCount`. */
export interface RestartMark {
  kind: "restart";
  laneKey: string;
  timeS: number;
  restartCount: number;
}

/** A container instance that stopped, with its terminated reason and exit code. */
export interface ExitMark {
  kind: "exit";
  laneKey: string;
  timeS: number;
  reason: string;
  exitCode: number | null;
}

/** A mark derived from snapshots. */
export type StateMark = RestartMark | ExitMark;

/** Restart and exit marks for every container, in time order per lane. Pure. */
export function buildStateMarks(snapshots: Snapshot[]): StateMark[] {
  const marks: StateMark[] = [];
  const previous = new Map<string, ContainerSnapshot>();
  for (const snapshot of snapshots) {
    const entries: [LaneKind, ContainerSnapshot[]][] = [
      ["init", snapshot.initContainers],
      ["app", snapshot.containers],
    ];
    for (const [kind, containers] of entries) {
      for (const container of containers) {
        const key = laneKey(kind, container.name);
        marks.push(...marksBetween(key, previous.get(key), container, snapshot.time));
        previous.set(key, container);
      }
    }
  }
  return marks;
}

function marksBetween(
  key: string,
  before: ContainerSnapshot | undefined,
  after: ContainerSnapshot,
  timeS: number,
): StateMark[] {
  const marks: StateMark[] = [];
  if (before !== undefined && after.restartCount > before.restartCount) {
    marks.push({ kind: "restart", laneKey: key, timeS, restartCount: after.restartCount });
  }
  if (after.state === "terminated" && !isSameTermination(before, after)) {
    marks.push({ kind: "exit", laneKey: key, timeS, reason: after.reason ?? "", exitCode: after.exitCode });
  }
  return marks;
}

function isSameTermination(before: ContainerSnapshot | undefined, after: ContainerSnapshot): boolean {
  return before?.state === "terminated" && before.restartCount === after.restartCount;
}

// The pod's Ready condition over time, from the snapshots' `conditions.Ready` (kubelet-semantics
// §9.2). Before the kubelet first reports, the condition is absent, which is drawn as a gap.
import type { Snapshot } from "@/worker/sim/sim-result.ts";

/** The Ready condition's status, or "absent" while the pod has no such condition. */
export type ReadyStatus = "True" | "False" | "Unknown" | "absent";

/** A stretch of time over which the Ready condition does not change. */
export interface ReadySegment {
  startS: number;
  endS: number;
  status: ReadyStatus;
}

/** Ready segments covering 0..`endS`, merged and without zero-width pieces. Pure. */
export function buildReadyBand(snapshots: Snapshot[], endS: number): ReadySegment[] {
  const segments: ReadySegment[] = [];
  let open: ReadySegment | null = null;
  for (const snapshot of snapshots) {
    if (snapshot.time > endS) break;
    const status: ReadyStatus = snapshot.conditions.Ready ?? "absent";
    if (open !== null && open.status === status) continue;
    if (open !== null && snapshot.time > open.startS) segments.push({ ...open, endS: snapshot.time });
    open = { startS: snapshot.time, endS: snapshot.time, status };
  }
  if (open !== null && endS > open.startS) segments.push({ ...open, endS });
  return mergeNeighbours(segments);
}

/** Dropping a zero-width piece can leave two equal neighbours (False, [True], False). */
function mergeNeighbours(segments: ReadySegment[]): ReadySegment[] {
  const merged: ReadySegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.status === segment.status && last.endS === segment.startS) {
      last.endS = segment.endS;
    } else {
      merged.push({ ...segment });
    }
  }
  return merged;
}

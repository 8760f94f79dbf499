// The simulator's own record of every probe attempt and lifecycle hook run (SimResult.probeRuns,
// hookRuns) → items on container lanes: a tick per probe attempt, a span per hook run. Results
// stored before those records existed lack them; the picture then falls back to the marks the
// events allow (build-event-marks: failures only, since a passing probe emits no event, P5).
import type { HookRun, ProbeRun, SimResult } from "@/worker/sim/sim-result.ts";
import { laneKey } from "./build-lanes.ts";

/** One probe attempt on its container's lane. */
export interface ProbeTick {
  laneKey: string;
  timeS: number;
  run: ProbeRun;
}

/** One hook run on its container's lane; `endS` null: it had not finished when the run ended. */
export interface HookSpan {
  laneKey: string;
  startS: number;
  endS: number | null;
  run: HookRun;
}

/** The records a result carries, or undefined for a result stored before they existed. Pure. */
export function runRecordsOf(result: SimResult): { probeRuns: ProbeRun[]; hookRuns: HookRun[] } | undefined {
  if (result.probeRuns === undefined || result.hookRuns === undefined) return undefined;
  return { probeRuns: result.probeRuns, hookRuns: result.hookRuns };
}

/** The lane of a container of `containerKind`: init and sidecar containers are in spec.initContainers. Pure. */
function laneKeyOfRun(run: ProbeRun | HookRun): string {
  return laneKey(run.containerKind === "regular" ? "app" : "init", run.container);
}

/** A tick for every probe attempt, in time order. Pure. */
export function buildProbeTicks(probeRuns: ProbeRun[]): ProbeTick[] {
  return probeRuns.map((run) => ({ laneKey: laneKeyOfRun(run), timeS: run.time, run }));
}

/** A span for every hook run, by start time. Pure. */
export function buildHookSpans(hookRuns: HookRun[]): HookSpan[] {
  return hookRuns.map((run) => ({ laneKey: laneKeyOfRun(run), startS: run.startTime, endS: run.endTime, run }));
}

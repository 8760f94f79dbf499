// One container's lane: its segments placed on the time scale with labels that fit, and its marks
// clustered per row so that no two glyphs overlap.
import type { Lane } from "./build-lanes.ts";
import type { HookSpan, ProbeTick } from "./build-run-marks.ts";
import { clusterMarks } from "./cluster-marks.ts";
import { groupGlyph, markRow, markTipLine, type LaneMark } from "./describe-mark.ts";
import { segmentLabels, segmentLook, segmentTip } from "./describe-segment.ts";
import { estimateTextWidth } from "./estimate-text-width.ts";
import type { DrawnLane, DrawnMarkGroup, DrawnSegment } from "./layout-types.ts";
import { layoutHookSpans, layoutProbeTicks } from "./layout-runs.ts";
import { spanWidth, timeToX, type TimeScale } from "./time-scale.ts";
import type { TimelineDictionary } from "./timeline-dictionary.ts";

/** Font size of text inside segments and bands. */
export const INNER_FONT = 10;
/** Marks closer than this (picture units) share a glyph. */
const MARK_GAP = 12;
/** Radius of a restart circle on the bar, plus its outline. */
const RESTART_RADIUS = 8;

/** Vertical positions of a lane's parts, decided by the caller. */
export interface LaneRows {
  label: string;
  labelY: number;
  probeY: number;
  barY: number;
  lifecycleY: number;
  hookY: number | null;
}

/** The lane's items from the simulator's probe and hook records (empty for an old result). */
export interface LaneRuns {
  ticks: ProbeTick[];
  hooks: HookSpan[];
}

/** The first label that fits in `width` with some padding, or null. Pure. */
export function fittingLabel(candidates: string[], width: number): string | null {
  return candidates.find((label) => estimateTextWidth(label, INNER_FONT) + 8 <= width) ?? null;
}

/** Places `lane`, its `marks` and its `runs` on `scale` at `rows`. Pure. */
export function layoutLane(
  lane: Lane,
  marks: LaneMark[],
  runs: LaneRuns,
  scale: TimeScale,
  rows: LaneRows,
  dictionary: TimelineDictionary,
): DrawnLane {
  const groupsOf = (row: ReturnType<typeof markRow>) =>
    groupMarks(lane, marks.filter((mark) => markRow(mark) === row), scale, dictionary);
  const bar = groupsOf("bar");
  const probes = layoutProbeTicks(lane, runs.ticks, scale, rows.probeY, dictionary);
  const segments: DrawnSegment[] = lane.segments.map((segment) => {
    const x = timeToX(scale, segment.startS);
    const width = spanWidth(scale, segment.startS, segment.endS);
    const indent = bar.some((group) => Math.abs(group.x - x) < RESTART_RADIUS) ? RESTART_RADIUS + 2 : 4;
    return {
      x,
      width,
      look: segmentLook(segment),
      label: fittingLabel(segmentLabels(segment, dictionary), width - indent + 4),
      labelX: x + indent,
      tip: segmentTip(lane.name, segment, scale.durationS, dictionary),
    };
  });
  return {
    key: lane.key,
    kind: lane.kind,
    ...rows,
    segments,
    marks: { probe: groupsOf("probe"), bar, lifecycle: groupsOf("lifecycle") },
    probeTicks: probes.groups,
    passPath: probes.passPath,
    hooks: layoutHookSpans(lane, runs.hooks, scale, dictionary),
  };
}

function groupMarks(lane: Lane, marks: LaneMark[], scale: TimeScale, dictionary: TimelineDictionary): DrawnMarkGroup[] {
  const placed = marks.map((mark) => ({ x: timeToX(scale, mark.timeS), item: mark }));
  return clusterMarks(placed, MARK_GAP).map((cluster, index) => ({
    key: `${lane.key}:${markRow(cluster.items[0])}:${index}`,
    x: cluster.x,
    glyph: groupGlyph(cluster.items),
    label: glyphLabel(cluster.items),
    count: cluster.items.length,
    tip: [lane.name, ...cluster.items.map((mark) => markTipLine(mark, scale.durationS, dictionary))].join("\n"),
  }));
}

/** A restart circle shows the restartCount reached last in its group. */
function glyphLabel(marks: LaneMark[]): string {
  const last = marks[marks.length - 1];
  return last.kind === "restart" ? String(last.restartCount) : "";
}

// The whole picture of one run: scale and ticks, the Ready band, one lane per container, the
// deletion interval, and the accessible summary. Pure: the SVG components only draw the result.
import type { SimResult } from "@/worker/sim/sim-result.ts";
import { buildEventMarks } from "./build-event-marks.ts";
import { buildLanes, type Lane } from "./build-lanes.ts";
import { buildReadyBand } from "./build-ready-band.ts";
import { buildHookSpans, buildProbeTicks, type ProbeTick, runRecordsOf } from "./build-run-marks.ts";
import { buildStateMarks } from "./build-state-marks.ts";
import { chooseTimeTicks, formatDuration, formatTime } from "./choose-time-ticks.ts";
import type { LaneMark } from "./describe-mark.ts";
import { estimateTextWidth, truncateToWidth } from "./estimate-text-width.ts";
import { findTermination, type Termination } from "./find-termination.ts";
import { fittingLabel, INNER_FONT, layoutLane, type LaneRows } from "./layout-lane.ts";
import type { DrawnTermination, LayoutVariant, TimelineLayout } from "./layout-types.ts";
import { spanWidth, timeToX, type TimeScale } from "./time-scale.ts";
import { getTimelineDictionary, type TimelineDictionary, type TimelineLanguage } from "./timeline-dictionary.ts";

/** Lane names left of the lanes; for containers 640 px and wider. */
export const WIDE_VARIANT: LayoutVariant = { name: "wide", width: 960, labelWidth: 150 };
/** Lane names above the lanes; for narrow screens, drawn at a scale near 1:1 on a phone. */
export const COMPACT_VARIANT: LayoutVariant = { name: "compact", width: 300, labelWidth: 0 };

/** Font size of lane names and axis labels. */
const LABEL_FONT = 11;
const RIGHT_PAD = 28;

/** How long the picture's time axis is: the run, stretched to cover any later record. Pure. */
export function runDurationS(result: SimResult, untilMs: number): number {
  const times = [untilMs / 1000, ...result.snapshots.map((s) => s.time), ...result.events.map((e) => e.time)];
  return Math.max(...times);
}

/** Lays out `result` (simulated for `untilMs`) for `variant` in `language`. Pure. */
export function layoutTimeline(
  result: SimResult,
  untilMs: number,
  language: TimelineLanguage,
  variant: LayoutVariant,
): TimelineLayout {
  const dictionary = getTimelineDictionary(language);
  const durationS = runDurationS(result, untilMs);
  const compact = variant.name === "compact";
  const plotX0 = compact ? 8 : variant.labelWidth;
  const scale: TimeScale = { durationS, x0: plotX0, width: variant.width - plotX0 - RIGHT_PAD };
  const lanes = buildLanes(result.snapshots, durationS);
  const records = runRecordsOf(result);
  const marks: LaneMark[] = [...buildStateMarks(result.snapshots), ...buildEventMarks(result.events, records !== undefined)];
  const ticks = records === undefined ? [] : buildProbeTicks(records.probeRuns);
  const hooks = records === undefined ? [] : buildHookSpans(records.hookRuns);
  const termination = findTermination(result);

  let y = termination === undefined ? 6 : 22;
  const gridTop = y - 4;
  const readyLabelY = y + 9;
  if (compact) y += 13;
  const ready = { labelY: readyLabelY, y, height: 12, segments: layoutReady(result, scale, dictionary) };
  y += 12 + 10;

  const drawnLanes = lanes.map((lane) => {
    const runs = { ticks: ticks.filter((tick) => tick.laneKey === lane.key), hooks: hooks.filter((span) => span.laneKey === lane.key) };
    const rows = laneRows(lane, y, variant, dictionary, runs.hooks.length > 0);
    y = (rows.hookY === null ? rows.lifecycleY + 11 : rows.hookY + 10) + 8;
    return layoutLane(lane, marks.filter((mark) => mark.laneKey === lane.key), runs, scale, rows, dictionary);
  });
  const gridBottom = y - 6;
  const axisY = gridBottom + 2;

  return {
    variant: variant.name,
    width: variant.width,
    height: axisY + 20,
    plotX0,
    plotX1: plotX0 + scale.width,
    gridTop,
    gridBottom,
    axisY,
    ticks: layoutTicks(scale),
    ready,
    lanes: drawnLanes,
    termination: termination === undefined ? null : layoutTermination(termination, scale, dictionary),
    summary: summarize(result, lanes, probeFailures(marks, ticks), termination, durationS, dictionary),
  };
}

function laneRows(lane: Lane, top: number, variant: LayoutVariant, dictionary: TimelineDictionary, hasHooks: boolean): LaneRows {
  const compact = variant.name === "compact";
  const prefix = lane.kind === "init" ? `${dictionary.init} · ` : "";
  const labelRoom = compact ? variant.width - 16 : variant.labelWidth - 16;
  const label = truncateToWidth(`${prefix}${lane.name}`, labelRoom, LABEL_FONT);
  const probeY = compact ? top + 14 : top;
  const barY = probeY + 12;
  const lifecycleY = barY + 22;
  return { label, labelY: compact ? top + 10 : barY + 14, probeY, barY, lifecycleY, hookY: hasHooks ? lifecycleY + 13 : null };
}

function layoutTicks(scale: TimeScale): TimelineLayout["ticks"] {
  const widest = estimateTextWidth(formatTime(scale.durationS, scale.durationS), LABEL_FONT);
  const maxTicks = Math.max(1, Math.floor(scale.width / (widest + 16)));
  return chooseTimeTicks(scale.durationS, maxTicks).map((tick) => ({ x: timeToX(scale, tick.timeS), label: tick.label }));
}

function layoutReady(result: SimResult, scale: TimeScale, dictionary: TimelineDictionary) {
  return buildReadyBand(result.snapshots, scale.durationS).map((segment) => {
    const x = timeToX(scale, segment.startS);
    const width = spanWidth(scale, segment.startS, segment.endS);
    const interval = dictionary.from(formatTime(segment.startS, scale.durationS), formatTime(segment.endS, scale.durationS));
    const text = segment.status === "absent" ? "—" : `Ready=${segment.status}`;
    return {
      x,
      width,
      status: segment.status,
      label: segment.status === "absent" ? null : fittingLabel([segment.status], width),
      tip: `${text}\n${interval}`,
    };
  });
}

function layoutTermination(termination: Termination, scale: TimeScale, dictionary: TimelineDictionary): DrawnTermination {
  const x = timeToX(scale, termination.deletedAtS);
  const endX = timeToX(scale, termination.stoppedAtS ?? scale.durationS);
  const grace = formatDuration(termination.gracePeriodS);
  const label = `${dictionary.terminationShort} · ${dictionary.grace} ${grace}`;
  const plotEnd = scale.x0 + scale.width;
  const labelEnd = x + estimateTextWidth(label, INNER_FONT);
  const fitsAfter = labelEnd <= plotEnd;
  const removedFits = fitsAfter && labelEnd + 8 + estimateTextWidth(dictionary.removed, INNER_FONT) <= plotEnd;
  const graceEndS = termination.deletedAtS + termination.gracePeriodS;
  const time = (s: number) => formatTime(s, scale.durationS);
  return {
    x,
    width: Math.max(spanWidth(scale, termination.deletedAtS, termination.stoppedAtS ?? scale.durationS), 2),
    label,
    labelAnchor: fitsAfter ? "start" : "end",
    labelX: fitsAfter ? x + 2 : endX,
    tip: dictionary.termination(
      time(termination.deletedAtS),
      grace,
      termination.stoppedAtS === null ? null : time(termination.stoppedAtS),
    ),
    graceX: graceEndS <= scale.durationS ? timeToX(scale, graceEndS) : null,
    graceTip: `${dictionary.graceEnds}: ${time(graceEndS)}`,
    removedX: termination.stoppedAtS !== null && termination.stoppedAtS < scale.durationS ? endX : null,
    removedLabel: removedFits ? dictionary.removed : null,
  };
}

/** Failed probe attempts: from the records when there are any, else from the Unhealthy marks. */
function probeFailures(marks: LaneMark[], ticks: ProbeTick[]): number {
  return marks.filter((mark) => mark.kind === "probe").length + ticks.filter((tick) => tick.run.result !== "success").length;
}

function summarize(
  result: SimResult,
  lanes: Lane[],
  failedProbes: number,
  termination: Termination | undefined,
  durationS: number,
  dictionary: TimelineDictionary,
): string {
  const last = result.snapshots[result.snapshots.length - 1];
  const metadata = (result.pod?.metadata ?? {}) as { name?: unknown };
  return dictionary.summary({
    podName: typeof metadata.name === "string" ? metadata.name : "",
    duration: formatDuration(durationS),
    containers: lanes.map((lane) => (lane.kind === "init" ? `${dictionary.init} ${lane.name}` : lane.name)),
    restarts: last?.restarts ?? 0,
    probeFailures: failedProbes,
    finalStatus: last?.status ?? "—",
    deletedAt: termination === undefined ? null : formatTime(termination.deletedAtS, durationS),
  });
}

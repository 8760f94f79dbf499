// Probe ticks and hook spans placed on a lane. Ticks are drawn one by one (every attempt is seen,
// even 120 of them), but they are hovered and focused in fixed-width slices of the time axis: one
// focusable group per slice that holds any, so that neither the hit areas nor the keyboard stops
// pile up. Passing ticks are one thin path per lane. A failure is a tall tick in its probe's
// colour; the first of a streak (and then one every TILE_REPEAT) is the letter tile of the
// event-based picture instead, so a probe failing for minutes reads as one labelled comb rather
// than a wall of overlapping tiles. Hook spans run from start to end in their own row.
import type { HookSpan, ProbeTick } from "./build-run-marks.ts";
import { estimateTextWidth } from "./estimate-text-width.ts";
import { hookSpanTip, probeGroupTip } from "./describe-run.ts";
import type { DrawnHookSpan, DrawnProbeGroup } from "./layout-types.ts";
import { timeToX, type TimeScale } from "./time-scale.ts";
import type { TimelineDictionary } from "./timeline-dictionary.ts";

/** Width of one focusable slice of probe ticks (picture units). */
export const PROBE_SLICE = 12;
/** In a streak of failures of one probe, a letter tile at most this often (picture units). */
const TILE_REPEAT = 80;
/** A passing tick's height, drawn from the bottom of the probe row down to the bar. */
const PASS_TICK_HEIGHT = 5;
/** The narrowest hook span drawn, so that an instant hook still shows. */
const MIN_HOOK_WIDTH = 3;
/** Font size of hook labels. */
export const HOOK_FONT = 9;

/** The lane's probe ticks as slices and one path of passing ticks, in the row whose top is `probeY`. Pure. */
export function layoutProbeTicks(
  lane: { key: string; name: string },
  ticks: ProbeTick[],
  scale: TimeScale,
  probeY: number,
  dictionary: TimelineDictionary,
): { groups: DrawnProbeGroup[]; passPath: string } {
  const slices = new Map<number, ProbeTick[]>();
  const passXs = new Set<string>();
  const tiles = tileTicks(ticks, scale);
  for (const tick of ticks) {
    const x = timeToX(scale, tick.timeS);
    const slice = Math.floor((x - scale.x0) / PROBE_SLICE);
    const members = slices.get(slice);
    if (members === undefined) slices.set(slice, [tick]);
    else members.push(tick);
    if (tick.run.result === "success") passXs.add(x.toFixed(1));
  }
  const plotEnd = scale.x0 + scale.width;
  const groups = [...slices.entries()].map(([slice, members]): DrawnProbeGroup => {
    const x = scale.x0 + slice * PROBE_SLICE;
    return {
      key: `${lane.key}:probe:${slice}`,
      x,
      width: Math.min(PROBE_SLICE, plotEnd + PROBE_SLICE / 2 - x),
      failures: members
        .filter((tick) => tick.run.result !== "success")
        .map((tick) => ({ x: timeToX(scale, tick.timeS), glyph: `probe-${tick.run.probe}` as const, isTile: tiles.has(tick) })),
      tip: probeGroupTip(lane.name, members, scale.durationS, dictionary),
    };
  });
  const top = probeY + 10 - PASS_TICK_HEIGHT;
  const passPath = [...passXs].map((x) => `M${x} ${top}v${PASS_TICK_HEIGHT}`).join("");
  return { groups, passPath };
}

/** The failures drawn as letter tiles: each streak's first, and one every TILE_REPEAT in a long streak. */
function tileTicks(ticks: ProbeTick[], scale: TimeScale): Set<ProbeTick> {
  const tiles = new Set<ProbeTick>();
  const streakOf = new Map<string, { lastTileX: number } | undefined>();
  for (const tick of ticks) {
    const probe = tick.run.probe;
    if (tick.run.result === "success") {
      streakOf.set(probe, undefined);
      continue;
    }
    const x = timeToX(scale, tick.timeS);
    const streak = streakOf.get(probe);
    if (streak !== undefined && x - streak.lastTileX < TILE_REPEAT) continue;
    tiles.add(tick);
    streakOf.set(probe, { lastTileX: x });
  }
  return tiles;
}

/** The lane's hook spans (by start), labelled where the name fits inside or right after. Pure. */
export function layoutHookSpans(
  lane: { key: string; name: string },
  spans: HookSpan[],
  scale: TimeScale,
  dictionary: TimelineDictionary,
): DrawnHookSpan[] {
  const plotEnd = scale.x0 + scale.width;
  const placed = spans.map((span) => {
    const x = timeToX(scale, span.startS);
    const endX = timeToX(scale, span.endS ?? scale.durationS);
    return { span, x, width: Math.max(endX - x, MIN_HOOK_WIDTH) };
  });
  return placed.map(({ span, x, width }, index): DrawnHookSpan => {
    const text = span.run.hook;
    const textWidth = estimateTextWidth(text, HOOK_FONT);
    const nextX = placed[index + 1]?.x ?? plotEnd + 20;
    const inside = textWidth + 8 <= width;
    const after = !inside && x + width + 3 + textWidth <= nextX - 3;
    return {
      key: `${lane.key}:hook:${index}`,
      x,
      width,
      look: span.run.outcome === null ? "open" : span.run.outcome,
      isFailed: span.run.outcome === "failure",
      label: inside || after ? text : null,
      labelX: inside ? x + 4 : x + width + 3,
      isLabelInside: inside,
      tip: hookSpanTip(lane.name, span, scale.durationS, dictionary),
    };
  });
}

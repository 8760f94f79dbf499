// How an instant mark looks and reads. Each kind has its own shape (the legend lists them), so
// no mark depends on colour alone; the tooltip line carries the event text verbatim.
import type { EventMark } from "./build-event-marks.ts";
import type { StateMark } from "./build-state-marks.ts";
import { formatTime } from "./choose-time-ticks.ts";
import type { TimelineDictionary } from "./timeline-dictionary.ts";

/** Any mark on a lane. */
export type LaneMark = EventMark | StateMark;

/** The glyph of a mark: its shape and colour class in the picture. */
export type MarkGlyph =
  | "restart"
  | "exit"
  | "exit-error"
  | "kill"
  | "hook"
  | "probe-liveness"
  | "probe-readiness"
  | "probe-startup";

/** The glyph for `mark`. Pure. */
function markGlyph(mark: LaneMark): MarkGlyph {
  switch (mark.kind) {
    case "probe":
      return `probe-${mark.probe}`;
    case "exit":
      return mark.exitCode === 0 ? "exit" : "exit-error";
    default:
      return mark.kind;
  }
}

/** Glyphs in the order a shared glyph is chosen: the rarer, more telling mark wins. */
const GLYPH_PRIORITY: MarkGlyph[] = [
  "hook",
  "exit-error",
  "kill",
  "exit",
  "restart",
  "probe-liveness",
  "probe-startup",
  "probe-readiness",
];

/** The glyph that stands for a group of marks drawn as one. Pure. */
export function groupGlyph(marks: LaneMark[]): MarkGlyph {
  const glyphs = marks.map(markGlyph);
  return GLYPH_PRIORITY.find((glyph) => glyphs.includes(glyph)) ?? glyphs[0];
}

/** One tooltip line for `mark`: its time, then what happened. Pure. */
export function markTipLine(mark: LaneMark, durationS: number, dictionary: TimelineDictionary): string {
  const time = formatTime(mark.timeS, durationS);
  switch (mark.kind) {
    case "restart":
      return `${time} · ${dictionary.restart(mark.restartCount)}`;
    case "exit":
      return `${time} · ${dictionary.exit(mark.reason, mark.exitCode)}`;
    default:
      return `${time} · ${mark.event.reason}: ${mark.event.message.trimEnd()}`;
  }
}

/** Which row of a lane a mark sits in: probe ticks above the bar, restarts on it, the rest below. Pure. */
export function markRow(mark: LaneMark): "probe" | "bar" | "lifecycle" {
  if (mark.kind === "probe") return "probe";
  if (mark.kind === "restart") return "bar";
  return "lifecycle";
}

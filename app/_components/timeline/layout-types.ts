// The shapes the layout hands to the SVG components: every position is in the picture's own
// coordinates (the SVG viewBox), every text is final. The components only draw these.
import type { LaneKind } from "./build-lanes.ts";
import type { ReadyStatus } from "./build-ready-band.ts";
import type { MarkGlyph } from "./describe-mark.ts";
import type { SegmentLook } from "./describe-segment.ts";

/** A picture size: "wide" puts lane names left of the lanes, "compact" above them. */
export interface LayoutVariant {
  name: "wide" | "compact";
  width: number;
  labelWidth: number;
}

/** A state segment placed on its lane. */
export interface DrawnSegment {
  x: number;
  width: number;
  look: SegmentLook;
  /** The text inside the segment, or null when it would not fit. */
  label: string | null;
  /** Where that text starts: after a restart circle sitting on the segment's start. */
  labelX: number;
  tip: string;
}

/** One glyph standing for one or more marks that would overlap. */
export interface DrawnMarkGroup {
  key: string;
  x: number;
  glyph: MarkGlyph;
  /** Text inside the glyph: the restartCount for restarts, else empty. */
  label: string;
  count: number;
  tip: string;
}

/** A slice of the time axis holding probe ticks: hovered and focused as one, its failures drawn as tiles. */
export interface DrawnProbeGroup {
  key: string;
  /** The slice: where its hit area starts, and its width. */
  x: number;
  width: number;
  /** Failed attempts: a letter tile when `isTile`, else a tall tick in the probe's colour. */
  failures: { x: number; glyph: "probe-liveness" | "probe-readiness" | "probe-startup"; isTile: boolean }[];
  tip: string;
}

/** A lifecycle hook run from start to end; "open": no outcome (still running, or abandoned). */
export interface DrawnHookSpan {
  key: string;
  x: number;
  width: number;
  look: "success" | "failure" | "timeout" | "open";
  /** Failed runs also get the diamond at their end, so failure is not told by colour alone. */
  isFailed: boolean;
  /** "postStart" or "preStop", or null when it fits neither inside nor right after the span. */
  label: string | null;
  labelX: number;
  isLabelInside: boolean;
  tip: string;
}

/**
 * A container's lane. `probeY`, `barY`, `lifecycleY` and `hookY` are the tops of its rows;
 * `hookY` is null when the lane has no hook span. `probeTicks` and `passPath` are set only for a
 * result with probe records; `marks.probe` holds the event-based failures otherwise.
 */
export interface DrawnLane {
  key: string;
  kind: LaneKind;
  label: string;
  labelY: number;
  probeY: number;
  barY: number;
  lifecycleY: number;
  hookY: number | null;
  segments: DrawnSegment[];
  marks: { probe: DrawnMarkGroup[]; bar: DrawnMarkGroup[]; lifecycle: DrawnMarkGroup[] };
  probeTicks: DrawnProbeGroup[];
  /** One SVG path of every passing tick, or "". */
  passPath: string;
  hooks: DrawnHookSpan[];
}

/** A piece of the Ready condition band. */
export interface DrawnReadySegment {
  x: number;
  width: number;
  status: ReadyStatus;
  label: string | null;
  tip: string;
}

/** The deletion interval drawn across all lanes. */
export interface DrawnTermination {
  x: number;
  width: number;
  label: string | null;
  labelAnchor: "start" | "end";
  labelX: number;
  tip: string;
  /** Where the grace period runs out, if inside the run. */
  graceX: number | null;
  graceTip: string;
  /** From where the pod object is gone (T6), if that happens inside the run. */
  removedX: number | null;
  /** The "pod removed" text, or null when it would run into the deletion label. */
  removedLabel: string | null;
}

/** Everything the picture draws. */
export interface TimelineLayout {
  variant: LayoutVariant["name"];
  width: number;
  height: number;
  plotX0: number;
  plotX1: number;
  gridTop: number;
  gridBottom: number;
  axisY: number;
  ticks: { x: number; label: string }[];
  ready: { labelY: number; y: number; height: number; segments: DrawnReadySegment[] };
  lanes: DrawnLane[];
  termination: DrawnTermination | null;
  summary: string;
}

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

/** A container's lane. `probeY`, `barY`, `lifecycleY` are the tops of its three rows. */
export interface DrawnLane {
  key: string;
  kind: LaneKind;
  label: string;
  labelY: number;
  probeY: number;
  barY: number;
  lifecycleY: number;
  segments: DrawnSegment[];
  marks: { probe: DrawnMarkGroup[]; bar: DrawnMarkGroup[]; lifecycle: DrawnMarkGroup[] };
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

// One container lane of the picture: its name, its state segments, and its three rows of marks.
import type { SegmentLook } from "./describe-segment.ts";
import type { DrawnLane } from "./layout-types.ts";
import { MarkGlyph } from "./mark-glyph.tsx";
import { patternIds } from "./timeline-patterns.tsx";
import styles from "./timeline.module.css";

const BAR_HEIGHT = 20;

function fillOf(look: SegmentLook, ids: ReturnType<typeof patternIds>): string {
  switch (look) {
    case "waiting":
      return `url(#${ids.waiting})`;
    case "waiting-problem":
      return `url(#${ids.waitingProblem})`;
    case "running":
      return "#2e9d57";
    case "running-not-ready":
      return `url(#${ids.runningNotReady})`;
    case "terminated":
      return `url(#${ids.terminated})`;
    case "terminated-error":
      return `url(#${ids.terminatedError})`;
  }
}

/** Draws `lane` with label at `labelX`; fills come from the patterns prefixed `prefix`. Server component. */
export function TimelineLane({ lane, labelX, prefix }: { lane: DrawnLane; labelX: number; prefix: string }) {
  const ids = patternIds(prefix);
  return (
    <g>
      <text x={labelX} y={lane.labelY} className={lane.kind === "init" ? styles.laneLabelInit : styles.laneLabel}>
        {lane.label}
      </text>
      {lane.segments.map((segment) => (
        <g key={segment.x} tabIndex={0} className={styles.focusable}>
          <title>{segment.tip}</title>
          <rect
            x={segment.x}
            y={lane.barY}
            width={Math.max(segment.width, 1)}
            height={BAR_HEIGHT}
            fill={fillOf(segment.look, ids)}
            className={styles[`segment-${segment.look}`]}
          />
          {segment.label === null ? null : (
            <text
              x={segment.labelX}
              y={lane.barY + 14}
              className={segment.look === "running" ? styles.segmentLabelOnSolid : styles.segmentLabel}
            >
              {segment.label}
            </text>
          )}
        </g>
      ))}
      {lane.marks.probe.map((group) => (
        <MarkGlyph key={group.key} group={group} y={lane.probeY} />
      ))}
      {lane.marks.bar.map((group) => (
        <MarkGlyph key={group.key} group={group} y={lane.barY} />
      ))}
      {lane.marks.lifecycle.map((group) => (
        <MarkGlyph key={group.key} group={group} y={lane.lifecycleY} />
      ))}
    </g>
  );
}

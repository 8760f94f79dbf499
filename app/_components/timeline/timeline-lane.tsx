// One container lane of the picture: its name, its state segments, its rows of marks (probe ticks
// above the bar, restarts on it, exits and kills below), and its hook spans under those.
import type { SegmentLook } from "./describe-segment.ts";
import { HOOK_FONT } from "./layout-runs.ts";
import type { DrawnHookSpan, DrawnLane, DrawnProbeGroup } from "./layout-types.ts";
import { GlyphShape, HOOK_HEIGHT, HookSpanShape, MarkGlyph } from "./mark-glyph.tsx";
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

/** A slice of probe ticks: its hit area, and the failure tiles in it (the passing ticks are the lane's path). */
function ProbeSlice({ group, y }: { group: DrawnProbeGroup; y: number }) {
  return (
    <g tabIndex={-1} role="img" className={styles.focusable}>
      <title>{group.tip}</title>
      <rect x={group.x} y={y - 1} width={group.width} height={12} className={styles.hitSlice} />
      {group.failures.map((failure, index) =>
        failure.isTile ? (
          <GlyphShape key={index} glyph={failure.glyph} x={failure.x} y={y} label="" />
        ) : (
          <rect key={index} x={failure.x - 1} y={y} width={2} height={10} className={styles[failure.glyph]} />
        ),
      )}
    </g>
  );
}

function HookSpanMark({ span, y }: { span: DrawnHookSpan; y: number }) {
  return (
    <g tabIndex={-1} role="img" className={styles.focusable}>
      <title>{span.tip}</title>
      <rect x={span.x - 2} y={y - 1} width={span.width + 4} height={HOOK_HEIGHT + 2} className={styles.hit} />
      <HookSpanShape look={span.look} x={span.x} y={y} width={span.width} isFailed={span.isFailed} />
      {span.label === null ? null : (
        <text x={span.labelX} y={y + 7.5} fontSize={HOOK_FONT} className={span.isLabelInside ? styles.hookLabelInside : styles.hookLabel}>
          {span.label}
        </text>
      )}
    </g>
  );
}

/**
 * Draws `lane` with label at `labelX`; fills come from the patterns prefixed `prefix`. Its first
 * segment is the picture's Tab stop when `isTabStop`. Server component.
 */
export function TimelineLane({ lane, labelX, prefix, isTabStop }: { lane: DrawnLane; labelX: number; prefix: string; isTabStop: boolean }) {
  const ids = patternIds(prefix);
  return (
    <g>
      <text x={labelX} y={lane.labelY} className={lane.kind === "init" ? styles.laneLabelInit : styles.laneLabel}>
        {lane.label}
      </text>
      {lane.segments.map((segment, index) => (
        <g key={segment.x} tabIndex={isTabStop && index === 0 ? 0 : -1} role="img" className={styles.focusable}>
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
      {lane.passPath === "" ? null : <path d={lane.passPath} className={styles.passTicks} aria-hidden="true" />}
      {lane.probeTicks.map((group) => (
        <ProbeSlice key={group.key} group={group} y={lane.probeY} />
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
      {lane.hookY === null
        ? null
        : lane.hooks.map((span) => <HookSpanMark key={span.key} span={span} y={lane.hookY!} />)}
    </g>
  );
}

// The picture itself: plain SVG drawn from a TimelineLayout, renderable on the server without any
// client code. Every segment and mark is focusable and carries its details in a <title>, which the
// TooltipLayer also shows on hover and focus. The picture is one Tab stop (roving tabindex: its
// first item has tabindex 0, the rest -1; TooltipLayer moves focus with the arrow keys). Its fills are the patterns TimelineLegend defines
// (one set per timeline, shared by both drawings and the legend: they were a third of each SVG).
import type { TimelineLayout } from "./layout-types.ts";
import { TimelineLane } from "./timeline-lane.tsx";
import { patternIds } from "./timeline-patterns.tsx";
import styles from "./timeline.module.css";

const LABEL_X = 8;

function ReadyBand({ layout, prefix }: { layout: TimelineLayout; prefix: string }) {
  const { ready } = layout;
  const fill = { True: "#2e9d57", False: `url(#${patternIds(prefix).readyFalse})`, Unknown: "#c9ced6", absent: "none" };
  return (
    <g>
      <text x={LABEL_X} y={ready.labelY} className={styles.laneLabel}>
        Ready
      </text>
      <line x1={layout.plotX0} y1={ready.y + ready.height / 2} x2={layout.plotX1} y2={ready.y + ready.height / 2} className={styles.baseline} />
      {ready.segments.map((segment, index) => (
        <g key={segment.x} tabIndex={index === 0 ? 0 : -1} role="img" className={styles.focusable}>
          <title>{segment.tip}</title>
          <rect x={segment.x} y={ready.y} width={Math.max(segment.width, 1)} height={ready.height} fill={fill[segment.status]} className={styles[`ready-${segment.status}`]} />
          {segment.label === null ? null : (
            <text x={segment.x + 4} y={ready.y + 9} className={segment.status === "True" ? styles.bandLabelOnSolid : styles.bandLabel}>
              {segment.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

function Termination({ layout, prefix }: { layout: TimelineLayout; prefix: string }) {
  const termination = layout.termination;
  if (termination === null) return null;
  const height = layout.gridBottom - layout.gridTop;
  return (
    <g>
      <g tabIndex={-1} role="img" className={styles.focusable}>
        <title>{termination.tip}</title>
        <rect x={termination.x} y={layout.gridTop} width={termination.width} height={height} fill={`url(#${patternIds(prefix).termination})`} className={styles.termination} />
        <line x1={termination.x} y1={layout.gridTop - 14} x2={termination.x} y2={layout.gridBottom} className={styles.deletionLine} />
        <rect x={termination.x - 4} y={layout.gridTop - 16} width={termination.width + 8} height={14} className={styles.hit} />
        {termination.label === null ? null : (
          <text x={termination.labelX} y={layout.gridTop - 5} textAnchor={termination.labelAnchor} className={styles.terminationLabel}>
            {termination.label}
          </text>
        )}
      </g>
      {termination.removedX === null ? null : (
        <g aria-hidden="true">
          <rect x={termination.removedX} y={layout.gridTop} width={layout.plotX1 - termination.removedX} height={height} className={styles.removed} />
          {termination.removedLabel === null ? null : (
            <text x={layout.plotX1} y={layout.gridTop - 5} textAnchor="end" className={styles.removedLabel}>
              {termination.removedLabel}
            </text>
          )}
        </g>
      )}
      {termination.graceX === null ? null : (
        <g tabIndex={-1} role="img" className={styles.focusable}>
          <title>{termination.graceTip}</title>
          <line x1={termination.graceX} y1={layout.gridTop} x2={termination.graceX} y2={layout.gridBottom} className={styles.graceLine} />
          <rect x={termination.graceX - 4} y={layout.gridTop} width={8} height={height} className={styles.hit} />
        </g>
      )}
    </g>
  );
}

function Axis({ layout }: { layout: TimelineLayout }) {
  return (
    <g aria-hidden="true">
      {layout.ticks.map((tick) => (
        <g key={tick.x}>
          <line x1={tick.x} y1={layout.gridTop} x2={tick.x} y2={layout.gridBottom} className={styles.grid} />
          <line x1={tick.x} y1={layout.axisY} x2={tick.x} y2={layout.axisY + 4} className={styles.axis} />
          <text x={tick.x} y={layout.axisY + 15} className={styles.tickLabel}>
            {tick.label}
          </text>
        </g>
      ))}
      <line x1={layout.plotX0} y1={layout.axisY} x2={layout.plotX1} y2={layout.axisY} className={styles.axis} />
    </g>
  );
}

/** The SVG for `layout`, filled with the patterns prefixed `prefix` (defined by the legend). Server component. */
export function TimelineSvg({ layout, prefix }: { layout: TimelineLayout; prefix: string }) {
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={layout.summary}
      className={styles.svg}
      preserveAspectRatio="xMinYMin meet"
    >
      <Axis layout={layout} />
      <ReadyBand layout={layout} prefix={prefix} />
      {layout.lanes.map((lane, index) => (
        <TimelineLane key={lane.key} lane={lane} labelX={LABEL_X} prefix={prefix} isTabStop={index === 0 && layout.ready.segments.length === 0} />
      ))}
      <Termination layout={layout} prefix={prefix} />
    </svg>
  );
}

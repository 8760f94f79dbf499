// The shape of each mark kind, centred on `x` in a row whose top is `y`: probe failures are
// letter tiles (L, R, S), restarts a numbered circle, exits a cross, kills a triangle, hook
// failures a diamond. A group of several marks gets a second outline behind it. Passing probe
// ticks and hook spans are drawn by timeline-lane.tsx; their legend swatches are here.
import type { MarkGlyph as Glyph } from "./describe-mark.ts";
import type { DrawnMarkGroup } from "./layout-types.ts";
import styles from "./timeline.module.css";

const PROBE_LETTER = { "probe-liveness": "L", "probe-readiness": "R", "probe-startup": "S" } as const;

/** The bare shape of `glyph` at `x`, row top `y`, not focusable (the legend uses it too). Server component. */
export function GlyphShape({ glyph, x, y, label }: { glyph: Glyph; x: number; y: number; label: string }) {
  switch (glyph) {
    case "probe-liveness":
    case "probe-readiness":
    case "probe-startup":
      return (
        <>
          <rect x={x - 5} y={y} width={10} height={10} rx={2} className={styles[glyph]} />
          <text x={x} y={y + 8} className={styles.glyphLetter}>
            {PROBE_LETTER[glyph]}
          </text>
        </>
      );
    case "restart":
      return (
        <>
          <line x1={x} y1={y} x2={x} y2={y + 20} className={styles.restartLine} />
          <circle cx={x} cy={y + 10} r={6.5} className={styles.restart} />
          <text x={x} y={y + 13} className={styles.restartNumber}>
            {label}
          </text>
        </>
      );
    case "exit":
    case "exit-error":
      return <path d={`M${x - 4} ${y + 1}l8 8m0 -8l-8 8`} className={styles[glyph]} />;
    case "kill":
      return <path d={`M${x} ${y}l5 9h-10z`} className={styles.kill} />;
    case "hook":
      return <path d={`M${x} ${y}l5 5l-5 5l-5 -5z`} className={styles.hook} />;
  }
}

/**
 * One focusable mark group, drawn in the row whose top is `y`, with its tooltip text. Like most
 * items of the picture it is out of the Tab order (-1): the picture is one Tab stop, and arrow
 * keys move between its items (TooltipLayer). Server component.
 */
export function MarkGlyph({ group, y }: { group: DrawnMarkGroup; y: number }) {
  const label = group.label;
  const hitHeight = group.glyph === "restart" ? 20 : 12;
  return (
    <g tabIndex={-1} role="img" className={styles.focusable}>
      <title>{group.tip}</title>
      <rect x={group.x - 6} y={y - 1} width={12} height={hitHeight + 2} className={styles.hit} />
      {group.count > 1 ? (
        <g className={styles.stacked} transform="translate(2 -1.5)">
          <GlyphShape glyph={group.glyph} x={group.x} y={y} label={label} />
        </g>
      ) : null}
      <GlyphShape glyph={group.glyph} x={group.x} y={y} label={label} />
    </g>
  );
}

/** A legend swatch of passing probe ticks, centred on `x`, row top `y`. Server component. */
export function PassTicksShape({ x, y }: { x: number; y: number }) {
  return <path d={`M${x - 6} ${y + 3}v6M${x} ${y + 3}v6M${x + 6} ${y + 3}v6`} className={styles.passTicks} />;
}

/** A legend swatch of a hook span of `look`, from `x` for `width`, row top `y`. Server component. */
export function HookSpanShape({ look, x, y, width, isFailed }: { look: string; x: number; y: number; width: number; isFailed: boolean }) {
  return (
    <>
      <rect x={x} y={y} width={width} height={HOOK_HEIGHT} rx={2} className={styles[`hookSpan-${look}`]} />
      {isFailed ? <path d={`M${x + width} ${y - 1}l5 5.5l-5 5.5l-5 -5.5z`} className={styles.hook} /> : null}
    </>
  );
}

/** Height of a hook span. */
export const HOOK_HEIGHT = 9;

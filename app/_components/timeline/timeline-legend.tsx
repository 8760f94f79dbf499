// The key to the picture's fills and glyphs, in HTML so that it wraps on narrow screens. For a
// result stored before probe and hook runs were recorded it says that only failures are drawn
// (the kubelet emits an event only for a failed attempt, P5).
import type { ReactNode } from "react";
import { GlyphShape, HookSpanShape, PassTicksShape } from "./mark-glyph.tsx";
import { patternIds, TimelinePatterns } from "./timeline-patterns.tsx";
import styles from "./timeline.module.css";
import type { TimelineDictionary } from "./timeline-dictionary.ts";
import type { MarkGlyph as Glyph } from "./describe-mark.ts";

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" className={styles.swatch}>
      {children}
    </svg>
  );
}

function GlyphSwatch({ glyph }: { glyph: Glyph }) {
  const y = glyph === "restart" ? -3 : 2;
  return (
    <Swatch>
      <GlyphShape glyph={glyph} x={14} y={y} label="1" />
    </Swatch>
  );
}

function HookSwatch({ look, isFailed }: { look: string; isFailed: boolean }) {
  return (
    <Swatch>
      <HookSpanShape look={look} x={2} y={2.5} width={isFailed ? 18 : 24} isFailed={isFailed} />
    </Swatch>
  );
}

/**
 * The legend (for a result with probe and hook records when `hasRunRecords`), and the fill patterns (ids prefixed `prefix`, unique on the page) that it and both
 * drawings of the picture use. Server component.
 */
export function TimelineLegend({ dictionary, prefix, hasRunRecords }: { dictionary: TimelineDictionary; prefix: string; hasRunRecords: boolean }) {
  const ids = patternIds(prefix);
  const fill = (value: string) => (
    <Swatch>
      <rect x="1" y="1" width="26" height="12" fill={value} className={styles.swatchOutline} />
    </Swatch>
  );
  const items: [ReactNode, string][] = [
    [fill(`url(#${ids.waiting})`), dictionary.legendWaiting],
    [fill(`url(#${ids.waitingProblem})`), dictionary.legendWaitingProblem],
    [fill("#2e9d57"), dictionary.legendRunning],
    [fill(`url(#${ids.runningNotReady})`), dictionary.legendRunningNotReady],
    [fill(`url(#${ids.terminated})`), dictionary.legendTerminated],
    [fill(`url(#${ids.terminatedError})`), dictionary.legendTerminatedError],
    [<GlyphSwatch key="restart" glyph="restart" />, dictionary.legendRestart],
    [<GlyphSwatch key="exit" glyph="exit-error" />, dictionary.legendExit],
    [<GlyphSwatch key="kill" glyph="kill" />, dictionary.legendKill],
    ...(hasRunRecords
      ? ([
          [<HookSwatch key="hook-run" look="success" isFailed={false} />, dictionary.legendHookRun],
          [<HookSwatch key="hook-failed" look="failure" isFailed />, dictionary.legendHook],
          [<HookSwatch key="hook-timeout" look="timeout" isFailed={false} />, dictionary.legendHookTimeout],
          [<Swatch key="probe-pass"><PassTicksShape x={14} y={2} /></Swatch>, dictionary.legendProbePass],
        ] as [ReactNode, string][])
      : ([[<GlyphSwatch key="hook" glyph="hook" />, dictionary.legendHook]] as [ReactNode, string][])),
    [
      hasRunRecords ? (
        <Swatch key="probe">
          <GlyphShape glyph="probe-liveness" x={7} y={2} label="" />
          <rect x={15} y={2} width={2} height={10} className={styles["probe-liveness"]} />
          <rect x={21} y={2} width={2} height={10} className={styles["probe-liveness"]} />
        </Swatch>
      ) : (
        <GlyphSwatch key="probe" glyph="probe-liveness" />
      ),
      hasRunRecords ? dictionary.legendProbeStreak : dictionary.legendProbe,
    ],
    [fill(`url(#${ids.termination})`), dictionary.legendTermination],
  ];
  return (
    <div className={styles.legend}>
      <svg width="0" height="0" aria-hidden="true" className={styles.defsOnly}>
        <TimelinePatterns prefix={prefix} />
      </svg>
      <h3 className={styles.legendHeading}>{dictionary.legendHeading}</h3>
      <ul className={styles.legendList}>
        {items.map(([swatch, text]) => (
          <li key={text}>
            {swatch}
            <span>{text}</span>
          </li>
        ))}
      </ul>
      {hasRunRecords ? null : <p className={styles.muted}>{dictionary.legendFallbackNote}</p>}
    </div>
  );
}

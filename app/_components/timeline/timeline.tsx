// The timeline of one simulated run (issue 7): the picture, its legend and the events table in the
// first tab, and the kubectl transcript's `get pods -w` and `describe pod` blocks in the others.
// A server component: the picture is drawn in two sizes and CSS shows the one that fits its box,
// so it is readable from 320 px to 1200 px without measuring anything on the client.
import { useId } from "react";
import { renderText } from "@/worker/sim/report/render-text.ts";
import type { SimResult } from "@/worker/sim/sim-result.ts";
import { runRecordsOf } from "./build-run-marks.ts";
import { EventsTable } from "./events-table.tsx";
import { COMPACT_VARIANT, layoutTimeline, runDurationS, WIDE_VARIANT } from "./layout-timeline.ts";
import { splitKubectlText } from "./split-kubectl-text.ts";
import { TimelineLegend } from "./timeline-legend.tsx";
import { TimelineSvg } from "./timeline-svg.tsx";
import { TimelineTabs } from "./timeline-tabs.tsx";
import { TooltipLayer } from "./tooltip-layer.tsx";
import styles from "./timeline.module.css";
import { getTimelineDictionary, type TimelineLanguage } from "./timeline-dictionary.ts";

/** Props of {@link Timeline}. */
export interface TimelineProps {
  result: SimResult;
  /** How much virtual time was simulated (the contract's `--until`), in milliseconds. */
  untilMs: number;
  language: TimelineLanguage;
}

function podNameOf(result: SimResult): string {
  const name = (result.pod?.metadata as { name?: unknown } | undefined)?.name;
  return typeof name === "string" ? name : "pod";
}

/** The timeline with its kubectl tabs for `result`. Server component; the tabs and tooltips hydrate. */
export function Timeline({ result, untilMs, language }: TimelineProps) {
  const prefix = `tl${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const dictionary = getTimelineDictionary(language);
  const text = renderText(result, { podFileName: "pod.yaml", untilMs, writtenName: podNameOf(result) });
  const blocks = splitKubectlText(text);
  const picture = result.admitted ? (
    <>
      <TooltipLayer>
        <div className={styles.wide}>
          <TimelineSvg layout={layoutTimeline(result, untilMs, language, WIDE_VARIANT)} prefix={prefix} />
        </div>
        <div className={styles.compact}>
          <TimelineSvg layout={layoutTimeline(result, untilMs, language, COMPACT_VARIANT)} prefix={prefix} />
        </div>
      </TooltipLayer>
      <TimelineLegend dictionary={dictionary} prefix={prefix} hasRunRecords={runRecordsOf(result) !== undefined} />
      <EventsTable events={result.events} durationS={runDurationS(result, untilMs)} dictionary={dictionary} />
    </>
  ) : (
    <p className={styles.muted}>{dictionary.rejected}</p>
  );
  const transcript = (block: string | undefined) => <pre className={styles.transcript}>{block ?? text}</pre>;
  return (
    <section className={styles.timeline} lang={language}>
      <TimelineTabs
        label={dictionary.tabsLabel}
        tabs={[
          { label: dictionary.tabTimeline, panel: picture },
          { label: <code>kubectl get pods -w</code>, panel: transcript(blocks.getPodsWatch) },
          { label: <code>kubectl describe pod</code>, panel: transcript(blocks.describePod) },
        ]}
      />
    </section>
  );
}

// The timelines of a verdict's scenarios: one Timeline, or one tab per scenario when the exercise
// runs the Pod several ways. Server component, so the kubectl renderer never reaches the browser.
import type { Language } from "@/app/_components/language/language.ts";
import { Timeline } from "@/app/_components/timeline/timeline.tsx";
import { TimelineTabs } from "@/app/_components/timeline/timeline-tabs.tsx";
import type { Verdict } from "@/worker/grader/verdict.ts";

/** Props of {@link ScenarioTimelines}. */
export interface ScenarioTimelinesProps {
  traces: Verdict["traces"];
  /** Each scenario's simulated duration (its `until`), by scenario id. */
  untilMsOf: Record<string, number>;
  language: Language;
  tabsLabel: string;
}

/** The timeline of every scenario in `traces`. */
export function ScenarioTimelines({ traces, untilMsOf, language, tabsLabel }: ScenarioTimelinesProps) {
  const timelineOf = (trace: Verdict["traces"][number]) => (
    <Timeline result={trace.result} untilMs={untilMsOf[trace.scenario] ?? 60_000} language={language} />
  );
  if (traces.length === 1) return timelineOf(traces[0]!);
  return <TimelineTabs label={tabsLabel} tabs={traces.map((trace) => ({ label: trace.scenario, panel: timelineOf(trace) }))} />;
}

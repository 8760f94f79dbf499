// The tooltip text of probe ticks and hook spans. Kubernetes' own text (the Unhealthy message,
// the hook's error detail) is kept verbatim; the prose around it comes from the dictionary.
import type { HookSpan, ProbeTick } from "./build-run-marks.ts";
import { formatDuration, formatTime } from "./choose-time-ticks.ts";
import type { TimelineDictionary } from "./timeline-dictionary.ts";

/** A group with more ticks than this lists its failures and counts its successes. */
const MAX_LISTED = 4;

/** One line for one probe attempt: its time, then "succeeded" or the Unhealthy message. Pure. */
function probeLine(tick: ProbeTick, durationS: number, dictionary: TimelineDictionary): string {
  const time = formatTime(tick.timeS, durationS);
  if (tick.run.result === "success") return `${time} · ${dictionary.probeSucceeded(tick.run.probe)}`;
  const note = tick.run.result === "error" ? ` (${dictionary.probeErrorNote})` : "";
  return `${time} · ${tick.run.message.trimEnd()}${note}`;
}

/** The tooltip of a group of probe ticks on lane `laneName` (time order). Pure. */
export function probeGroupTip(laneName: string, ticks: ProbeTick[], durationS: number, dictionary: TimelineDictionary): string {
  if (ticks.length <= MAX_LISTED) return [laneName, ...ticks.map((tick) => probeLine(tick, durationS, dictionary))].join("\n");
  const failures = ticks.filter((tick) => tick.run.result !== "success");
  const lines = failures.slice(0, MAX_LISTED - 1).map((tick) => probeLine(tick, durationS, dictionary));
  if (failures.length > MAX_LISTED - 1) lines.push(dictionary.moreFailures(failures.length - (MAX_LISTED - 1)));
  for (const probe of ["startup", "liveness", "readiness"] as const) {
    const passes = ticks.filter((tick) => tick.run.probe === probe && tick.run.result === "success");
    if (passes.length === 0) continue;
    const interval = dictionary.from(formatTime(passes[0].timeS, durationS), formatTime(passes[passes.length - 1].timeS, durationS));
    lines.push(dictionary.probeSuccesses(probe, passes.length, interval));
  }
  return [laneName, ...lines].join("\n");
}

/** The tooltip of a hook span: which hook, when and how long, how it ended, and the error detail. Pure. */
export function hookSpanTip(laneName: string, span: HookSpan, durationS: number, dictionary: TimelineDictionary): string {
  const { run } = span;
  const end = span.endS === null ? durationS : span.endS;
  const interval = dictionary.from(formatTime(span.startS, durationS), formatTime(end, durationS));
  const outcome = run.outcome ?? (span.endS === null ? "running" : "abandoned");
  const lines = [`${laneName} · ${dictionary.hookName(run.hook)}`, `${interval} (${formatDuration(end - span.startS)})`, dictionary.hookOutcome(outcome)];
  if (run.message !== "") lines.push(run.message.trimEnd());
  return lines.join("\n");
}

// How a container state segment looks and reads. The look is a class (colour and pattern in
// timeline.module.css); the text keeps Kubernetes' words: state, reason, exit code.
import type { StateSegment } from "./build-lanes.ts";
import { formatTime } from "./choose-time-ticks.ts";
import type { TimelineDictionary } from "./timeline-dictionary.ts";

/** The drawing style of a segment: hatched waiting, solid running, cross-hatched terminated. */
export type SegmentLook =
  | "waiting"
  | "waiting-problem"
  | "running"
  | "running-not-ready"
  | "terminated"
  | "terminated-error";

/** Waiting reasons that mean "nothing wrong yet, just not started". Every other reason is a problem (§9.3). */
const ORDINARY_WAITING = new Set(["ContainerCreating", "PodInitializing"]);

/** The style for `segment`. Pure. */
export function segmentLook(segment: StateSegment): SegmentLook {
  if (segment.state === "running") return segment.ready ? "running" : "running-not-ready";
  if (segment.state === "terminated") return segment.exitCode === 0 ? "terminated" : "terminated-error";
  return segment.reason === null || ORDINARY_WAITING.has(segment.reason) ? "waiting" : "waiting-problem";
}

/** Label candidates for inside the segment, longest first; the layout keeps the first that fits. Pure. */
export function segmentLabels(segment: StateSegment, dictionary: TimelineDictionary): string[] {
  if (segment.state === "running") {
    return segment.ready ? ["running"] : [`running (${dictionary.notReady})`, "running"];
  }
  if (segment.state === "terminated") {
    const reason = segment.reason ?? "terminated";
    return segment.exitCode === null ? [reason] : [`${reason} (${segment.exitCode})`, reason];
  }
  return [segment.reason ?? "waiting"];
}

/** The tooltip of a segment: container, state and reason, interval, restartCount. Pure. */
export function segmentTip(
  containerName: string,
  segment: StateSegment,
  durationS: number,
  dictionary: TimelineDictionary,
): string {
  const state = [segment.state, segment.reason].filter((part) => part !== null).join(": ");
  const exit = segment.exitCode === null ? [] : [dictionary.exitCodeOf(segment.exitCode)];
  const ready = segment.state === "running" ? [dictionary.readyOf(segment.ready)] : [];
  const description = [state, ...exit, ...ready].join(dictionary.listSeparator);
  const interval = dictionary.from(formatTime(segment.startS, durationS), formatTime(segment.endS, durationS));
  return `${containerName} · ${description}\n${interval}\n${dictionary.restartCountOf(segment.restartCount)}`;
}

// Axis ticks for virtual time. Steps are "round" for a clock (1-2-5 seconds, then 10/15/30 s,
// then minutes and hours) so that a run of 10 s and one of 24 h both get a handful of labels.

/** Candidate tick steps in seconds, smallest first. */
const STEPS_S = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
];

/** One labelled tick on the time axis. */
export interface TimeTick {
  timeS: number;
  label: string;
}

/**
 * Formats `timeS` for an axis or table covering `durationS`: `45s` up to a minute, `m:ss` up to an
 * hour, `h:mm:ss` beyond. Fractions of a second are kept to the millisecond. Pure.
 */
export function formatTime(timeS: number, durationS: number): string {
  const whole = Math.floor(timeS);
  const fraction = Math.round((timeS - whole) * 1000);
  const millis = fraction === 0 ? "" : `.${String(fraction).padStart(3, "0").replace(/0+$/, "")}`;
  if (durationS <= 60) return `${whole}${millis}s`;
  const seconds = String(whole % 60).padStart(2, "0") + millis;
  const minutes = Math.floor(whole / 60);
  if (durationS <= 3600) return `${minutes}:${seconds}`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}:${seconds}`;
}

/** A duration as people say it: `45s`, `2m`, `1m30s`, `3h`, `24h`. Pure. */
export function formatDuration(durationS: number): string {
  const whole = Math.round(durationS);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const parts = [hours > 0 ? `${hours}h` : "", minutes > 0 ? `${minutes}m` : "", seconds > 0 ? `${seconds}s` : ""];
  return parts.join("") || "0s";
}

/** The smallest round step that gives at most `maxTicks` intervals over `durationS`. Pure. */
export function chooseTickStep(durationS: number, maxTicks: number): number {
  const limit = Math.max(1, maxTicks);
  return STEPS_S.find((step) => durationS / step <= limit) ?? STEPS_S[STEPS_S.length - 1];
}

/** Ticks at every multiple of the chosen step from 0 to `durationS`, labelled. Pure. */
export function chooseTimeTicks(durationS: number, maxTicks: number): TimeTick[] {
  const step = chooseTickStep(durationS, maxTicks);
  const ticks: TimeTick[] = [];
  for (let timeS = 0; timeS <= durationS; timeS += step) {
    ticks.push({ timeS, label: formatTime(timeS, durationS) });
  }
  return ticks;
}

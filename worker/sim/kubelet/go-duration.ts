// Go's time.Duration.String() for whole milliseconds, as it leaks into kubelet messages
// (kubelet-semantics.md §0.3): 523ms, 1.5s, 10s, 1m20s, 5m0s, 1h0m0s, 0s.

/** A whole-millisecond duration printed as Go prints it. Pure. */
export function goDuration(ms: number): string {
  if (ms === 0) return "0s";
  if (ms < 0) return `-${goDuration(-ms)}`;
  if (ms < 1000) return `${ms}ms`;
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const secondsMs = ms % 60_000;
  const whole = Math.floor(secondsMs / 1000);
  const fraction = secondsMs % 1000 === 0 ? "" : `.${String(secondsMs % 1000).padStart(3, "0").replace(/0+$/, "")}`;
  const seconds = `${whole}${fraction}s`;
  if (hours > 0) return `${hours}h${minutes}m${seconds}`;
  if (minutes > 0) return `${minutes}m${seconds}`;
  return seconds;
}

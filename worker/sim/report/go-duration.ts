// Go's time.Duration.String() for whole milliseconds (kubelet-semantics.md §0.3): `500ms`,
// `10s`, `1.5s`, `1m30s`, `5m0s`, `1h0m0s`.

/** Formats `ms` milliseconds as Go prints a Duration. Pure. */
export function goDuration(ms: number): string {
  if (ms === 0) return "0s";
  const sign = ms < 0 ? "-" : "";
  const total = Math.abs(Math.round(ms));
  if (total < 1000) return `${sign}${total}ms`;
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const millis = total % 60_000;
  const fraction = millis % 1000 === 0 ? "" : `.${String(millis % 1000).padStart(3, "0").replace(/0+$/, "")}`;
  const seconds = `${Math.floor(millis / 1000)}${fraction}s`;
  if (hours > 0) return `${sign}${hours}h${minutes}m${seconds}`;
  if (minutes > 0) return `${sign}${minutes}m${seconds}`;
  return `${sign}${seconds}`;
}

// apimachinery's duration.HumanDuration (k8s.io/apimachinery/pkg/util/duration), which kubectl
// uses for AGE columns, event ages and "(15s ago)". Go truncates toward zero at each step.

/** A duration given in whole seconds, in kubectl's human form: `35s`, `2m10s`, `15m`, `5h3m`, `3d`. Pure. */
export function humanDuration(seconds: number): string {
  if (seconds < -1) return "<invalid>";
  if (seconds < 0) return "0s";
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(seconds / 3600);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) return hours % 24 === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const days = Math.trunc(hours / 24) % 365;
    return days === 0 ? `${Math.trunc(hours / 24 / 365)}y` : `${Math.trunc(hours / 24 / 365)}y${days}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

/**
 * kubectl's age of something that happened at `atSeconds`, seen at `nowSeconds` (virtual seconds
 * since the pod was created). API timestamps keep whole seconds, so the event time is truncated
 * first, then the elapsed time. Pure.
 */
export function ageSince(atSeconds: number, nowSeconds: number): string {
  return humanDuration(Math.floor(nowSeconds - Math.floor(atSeconds)));
}

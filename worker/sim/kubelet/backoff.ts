// client-go's flowcontrol.Backoff as the kubelet uses it for crash loops and image pulls
// (staging/src/k8s.io/client-go/util/flowcontrol/backoff.go): 10 s initial, doubled per Next,
// capped at 300 s, and forgotten when the event is more than 2 × max after the last update.

/** One back-off entry: the current delay and when it was last advanced. */
export interface BackOffEntry {
  delayMs: number;
  lastUpdateMs: number;
}

/** The kubelet's crash and image back-off constants. */
export const initialBackOffMs = 10_000;
export const maxBackOffMs = 300_000;

function hasExpired(eventMs: number, entry: BackOffEntry): boolean {
  return eventMs - entry.lastUpdateMs > 2 * maxBackOffMs;
}

/** IsInBackOffSince: whether less than the delay has passed since `eventMs`. Pure. */
export function isInBackOffSince(entry: BackOffEntry | undefined, eventMs: number, nowMs: number): boolean {
  if (entry === undefined || hasExpired(eventMs, entry)) return false;
  return nowMs - eventMs < entry.delayMs;
}

/** IsInBackOffSinceUpdate (image pulls): less than the delay since the last update. Pure. */
export function isInBackOffSinceUpdate(entry: BackOffEntry | undefined, nowMs: number): boolean {
  if (entry === undefined || hasExpired(nowMs, entry)) return false;
  return nowMs - entry.lastUpdateMs < entry.delayMs;
}

/** Next: a new entry of 10 s, or the delay doubled up to 300 s; updated now. Pure. */
export function nextBackOff(entry: BackOffEntry | undefined, eventMs: number, nowMs: number): BackOffEntry {
  if (entry === undefined || hasExpired(eventMs, entry)) return { delayMs: initialBackOffMs, lastUpdateMs: nowMs };
  return { delayMs: Math.min(entry.delayMs * 2, maxBackOffMs), lastUpdateMs: nowMs };
}

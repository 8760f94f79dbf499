// Timestamps in the stored Pod are wall-clock RFC 3339 strings; ages in the text view are
// virtual seconds since creation. The pod's creationTimestamp is time 0.
import type { Pod } from "kubernetes-types/core/v1";
import { daysFromCivil } from "./days-from-civil.ts";

const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/;

/** Whole seconds since 1970 of a UTC RFC 3339 timestamp (no Date: the core may not use it). */
function epochSeconds(timestamp: string): number | null {
  const match = rfc3339.exec(timestamp);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const days = daysFromCivil(year, month, day);
  return days * 86400 + hour * 3600 + minute * 60 + second;
}

/** Seconds from the pod's creationTimestamp to `timestamp`; 0 when either is missing. Pure. */
export function secondsSinceCreation(pod: Pod, timestamp: string): number {
  const created = epochSeconds(pod.metadata?.creationTimestamp ?? "");
  const at = epochSeconds(timestamp);
  return created === null || at === null ? 0 : at - created;
}

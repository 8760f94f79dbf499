// RFC 3339 timestamps from the stored Pod, rewritten as Go's time.RFC1123Z, the layout kubectl
// describe uses for Start Time, Started and Finished. No Date object: the pure core may not use it.
import { daysFromCivil } from "./days-from-civil.ts";

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `2024-01-01T00:00:05Z` → `Mon, 01 Jan 2024 00:00:05 +0000`. Fractions are dropped, as Go's
 * layout has none. Text that is not RFC 3339 comes back unchanged. Pure.
 */
export function formatRfc1123z(timestamp: string): string {
  const match = rfc3339.exec(timestamp);
  if (!match) return timestamp;
  const [, year, month, day, hour, minute, second, zone] = match as unknown as string[];
  const weekday = (((daysFromCivil(Number(year), Number(month), Number(day)) % 7) + 11) % 7);
  const offset = zone === "Z" ? "+0000" : zone!.replace(":", "");
  return `${weekdays[weekday]}, ${day} ${months[Number(month) - 1]} ${year} ${hour}:${minute}:${second} ${offset}`;
}

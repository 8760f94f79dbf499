// The Events table of `kubectl describe pod` (describe.go DescribeEvents). The kubelet's event
// recorder merges repeats of one event (same object, type, reason and message) into a single
// Event with a count and first/last timestamps (client-go tools/record EventCorrelator); kubectl
// shows those as `LAST (xN over FIRST)` and sorts by last timestamp (util/event SortableEvents).
import type { SimEvent } from "../sim-result.ts";
import { describeTabs, tabwrite } from "./go-tab-writer.ts";
import { ageSince } from "./human-duration.ts";

interface FoldedEvent {
  first: SimEvent;
  lastTime: number;
  count: number;
  order: number;
}

/** Who reports each reason (the Source.Component kubectl prints in From); the rest is the kubelet's. */
const sources: Record<string, string> = {
  Scheduled: "default-scheduler",
  FailedScheduling: "default-scheduler",
  TaintManagerEviction: "taint-eviction-controller",
  NodeNotReady: "node-controller",
};

function fold(events: readonly SimEvent[]): FoldedEvent[] {
  const byKey = new Map<string, FoldedEvent>();
  events.forEach((event, order) => {
    const key = JSON.stringify([event.object, event.type, event.reason, event.message]);
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      seen.lastTime = event.time;
    } else byKey.set(key, { first: event, lastTime: event.time, count: 1, order });
  });
  // API timestamps keep whole seconds; events within one second keep the order they happened in.
  return [...byKey.values()].sort((a, b) => Math.floor(a.lastTime) - Math.floor(b.lastTime) || a.order - b.order);
}

function ageColumn(event: FoldedEvent, nowSeconds: number): string {
  const first = ageSince(event.first.time, nowSeconds);
  return event.count > 1 ? `${ageSince(event.lastTime, nowSeconds)} (x${event.count} over ${first})` : first;
}

/**
 * The Events section at virtual time `nowSeconds`, already aligned: kubectl flushes its tab
 * writer before the table, so the table is aligned on its own. Pure.
 */
export function describeEvents(events: readonly SimEvent[], nowSeconds: number): string {
  const rows = fold(events).map((event) => {
    const from = sources[event.first.reason] ?? "kubelet";
    return `  ${event.first.type}\t${event.first.reason}\t${ageColumn(event, nowSeconds)}\t${from}\t${event.first.message.trim()}\n`;
  });
  return tabwrite(`Events:\n  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n${rows.join("")}`, describeTabs);
}

// The run's events as a table beneath the picture: every occurrence, in order, verbatim
// (the JSON never folds repeats, simulate-contract.md), so nothing in the picture is only there.
import type { SimEvent } from "@/worker/sim/sim-result.ts";
import { formatTime } from "./choose-time-ticks.ts";
import styles from "./timeline.module.css";
import type { TimelineDictionary } from "./timeline-dictionary.ts";

/** Props of {@link EventsTable}. */
export interface EventsTableProps {
  events: SimEvent[];
  durationS: number;
  dictionary: TimelineDictionary;
}

/** A table of `events` with time, type, reason, object and message. Server component. */
export function EventsTable({ events, durationS, dictionary }: EventsTableProps) {
  if (events.length === 0) return <p className={styles.muted}>{dictionary.noEvents}</p>;
  return (
    <div className={styles.tableScroll}>
      <table className={styles.events}>
        <caption>{dictionary.eventsHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{dictionary.colTime}</th>
            <th scope="col">{dictionary.colType}</th>
            <th scope="col">{dictionary.colReason}</th>
            <th scope="col">{dictionary.colObject}</th>
            <th scope="col">{dictionary.colMessage}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event, index) => (
            <tr key={index} className={event.type === "Warning" ? styles.warningRow : undefined}>
              <td className={styles.nowrap}>{formatTime(event.time, durationS)}</td>
              <td>{event.type}</td>
              <td>{event.reason}</td>
              <td className={styles.code}>{event.object}</td>
              <td className={styles.message}>{event.message.trimEnd()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

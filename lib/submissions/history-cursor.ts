// A position in a learner's submission history, for paging back through it (keyset pagination
// on (queuedAt, id), newest first). On the wire it is `<queuedAt in epoch ms>.<id>`: short, and
// readable when debugging. It arrives in a query string, so it is parsed as hostile input.
import { z } from "zod";

/** Where a page of history stops: the (queuedAt, id) of its oldest row. */
export interface HistoryCursor {
  queuedAt: Date;
  id: string;
}

/** Submission ids are UUIDs or cuids; a cursor never needs more than this. */
const maxCursorLength = 100;

/** Parses a `before` cursor from a query string into a HistoryCursor, or fails with a clear issue. Pure. */
export const historyCursorSchema = z
  .string()
  .max(maxCursorLength, "must be a cursor from an earlier page")
  .regex(/^\d{1,15}\.[A-Za-z0-9_-]{1,64}$/, "must be a cursor from an earlier page")
  .transform((text): HistoryCursor => {
    const at = text.indexOf(".");
    return { queuedAt: new Date(Number(text.slice(0, at))), id: text.slice(at + 1) };
  });

/** The cursor text that continues after `row` (its oldest row). Pure. */
export function historyCursorOf(row: HistoryCursor): string {
  return `${row.queuedAt.getTime()}.${row.id}`;
}

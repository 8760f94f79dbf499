import type { Prisma, PrismaClient } from "../db/client.ts";
import type { HistoryCursor } from "./history-cursor.ts";

/** The columns a learner's own view of a submission needs. */
export const submissionViewSelect = {
  id: true,
  exerciseId: true,
  yaml: true,
  status: true,
  score: true,
  verdict: true,
  queuedAt: true,
  finishedAt: true,
} as const satisfies Prisma.SubmissionSelect;

export type SubmissionViewRow = Prisma.SubmissionGetPayload<{ select: typeof submissionViewSelect }>;

/** How many submissions one page of history holds. */
export const historyPageSize = 10;

export interface HistoryPageQuery {
  userId: string;
  exerciseId: string;
  /** Start after this row; undefined for the newest page. */
  before: HistoryCursor | undefined;
}

export interface HistoryPageRows {
  /** Newest first, at most historyPageSize. */
  rows: SubmissionViewRow[];
  /** The submission just before the page's oldest row (its diff needs it), or null at the first one ever. */
  older: { yaml: string } | null;
}

/**
 * One page of `userId`'s submissions to `exerciseId`, newest first, ordered by (queuedAt, id) so
 * that submissions queued in the same millisecond still page without gaps or repeats. Reads one
 * row past the page: it tells whether there are more, and holds the YAML the oldest row is
 * compared against. Uses the (userId, exerciseId, queuedAt) index.
 */
export async function readHistoryPage(db: PrismaClient, { userId, exerciseId, before }: HistoryPageQuery): Promise<HistoryPageRows> {
  const rows = await db.submission.findMany({
    where: {
      userId,
      exerciseId,
      ...(before && { OR: [{ queuedAt: { lt: before.queuedAt } }, { queuedAt: before.queuedAt, id: { lt: before.id } }] }),
    },
    orderBy: [{ queuedAt: "desc" }, { id: "desc" }],
    take: historyPageSize + 1,
    select: submissionViewSelect,
  });
  const older = rows[historyPageSize];
  return { rows: rows.slice(0, historyPageSize), older: older ? { yaml: older.yaml } : null };
}

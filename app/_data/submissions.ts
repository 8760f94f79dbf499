import "server-only";
import { getDb } from "@/lib/db/client.ts";
import { type HistoryCursor, historyCursorOf } from "@/lib/submissions/history-cursor.ts";
import { readHistoryPage, submissionViewSelect, type SubmissionViewRow } from "@/lib/submissions/read-history-page.ts";
import type { Verdict } from "@/worker/grader/verdict.ts";

/** A submission as the learner who made it sees it. */
export interface SubmissionView {
  id: string;
  exerciseId: string;
  /** The Pod YAML as submitted (the learner's own text), for the diff between submissions. */
  yaml: string;
  status: "queued" | "running" | "graded" | "failed";
  score: number | null;
  verdict: Verdict | null;
  /** Shown when grading failed for good; never internal details. */
  failureMessage: string | null;
  queuedAt: string;
  finishedAt: string | null;
}

function toView(row: SubmissionViewRow): SubmissionView {
  return {
    id: row.id,
    exerciseId: row.exerciseId,
    yaml: row.yaml,
    status: row.status,
    score: row.score,
    verdict: (row.verdict ?? null) as Verdict | null,
    failureMessage: row.status === "failed" ? "This submission could not be graded. Please submit it again." : null,
    queuedAt: row.queuedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** One submission of `userId`, or null when it does not exist or belongs to someone else. */
export async function getOwnSubmission(userId: string, id: string): Promise<SubmissionView | null> {
  // An id from the URL may hold %00; PostgreSQL refuses NUL in text and the lookup answered 500.
  if (id.includes("\u0000")) return null;
  const row = await getDb().submission.findFirst({ where: { id, userId }, select: submissionViewSelect });
  return row ? toView(row) : null;
}

/** One page of a learner's history of one exercise. */
export interface SubmissionHistoryPage {
  /** Newest first. */
  submissions: SubmissionView[];
  /** Fetches the next older page; null when there is none. */
  nextCursor: string | null;
  /** The YAML of the submission before the oldest one here, for that one's diff; null at the first one. */
  olderYaml: string | null;
}

/** `userId`'s submissions to `exerciseId`, newest first, one page from `before` (or from the newest). */
export async function listOwnSubmissions(userId: string, exerciseId: string, before?: HistoryCursor): Promise<SubmissionHistoryPage> {
  const { rows, older } = await readHistoryPage(getDb(), { userId, exerciseId, before });
  const oldest = rows.at(-1);
  return {
    submissions: rows.map(toView),
    nextCursor: older !== null && oldest ? historyCursorOf(oldest) : null,
    olderYaml: older?.yaml ?? null,
  };
}

import "server-only";
import { getDb, type Prisma } from "@/lib/db/client.ts";
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

const viewSelect = {
  id: true,
  exerciseId: true,
  yaml: true,
  status: true,
  score: true,
  verdict: true,
  queuedAt: true,
  finishedAt: true,
} as const satisfies Prisma.SubmissionSelect;

type Row = Prisma.SubmissionGetPayload<{ select: typeof viewSelect }>;

function toView(row: Row): SubmissionView {
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
  const row = await getDb().submission.findFirst({ where: { id, userId }, select: viewSelect });
  return row ? toView(row) : null;
}

/** The learner's latest submissions to one exercise, newest first. */
export async function listOwnSubmissions(userId: string, exerciseId: string, take = 10): Promise<SubmissionView[]> {
  const rows = await getDb().submission.findMany({
    where: { userId, exerciseId },
    orderBy: { queuedAt: "desc" },
    take,
    select: viewSelect,
  });
  return rows.map(toView);
}

import type { Logger } from "pino";
import type { PrismaClient } from "../../lib/db/client.ts";
import { recordBestScoreRise } from "../../lib/leaderboard/record-best-score-rise.ts";
import type { Verdict } from "../grader/verdict.ts";

/** Grades a Pod for an exercise; undefined when the exercise no longer exists. */
export type Grader = (exerciseId: string, yaml: string) => Promise<Verdict | undefined>;

/** What the claim of a submission reads for grading. */
interface ClaimedSubmission {
  userId: string;
  exerciseId: string;
  yaml: string;
  attempts: number;
  queuedAt: Date;
}

/** A learner's progress on one exercise as the verdict transaction reads it. */
interface ProgressRow {
  bestScore: number;
  attempts: number;
  solvedAt: Date | null;
}

/** What grading one submission came to, for metrics. */
export interface GradingReport {
  outcome: "passed" | "not_passed" | "rejected" | "failed";
  /** Time spent in the grader (simulations and checks). */
  gradingMs: number;
  /** From the submission being stored to its verdict being stored. */
  latencyMs: number;
}

/**
 * Grades one stored submission and records the verdict, the learner's progress and their
 * leaderboard totals in one transaction. Safe to run again for the same submission: a finished
 * one is left as it is, and when two runs overlap (the sweep re-queued a job whose Redis state was
 * lost while a worker still held it) only the latest attempt records its verdict, so each
 * submission counts once.
 * Returns null when there was nothing to do.
 */
export async function gradeSubmission(db: PrismaClient, submissionId: string, grader: Grader, log: Logger): Promise<GradingReport | null> {
  // Raw SQL on this path, portable between SQLite and PostgreSQL: Prisma 6 compiles every model
  // query to a plan (0.5–1 ms of CPU each, no plan cache) and this runs for every submission; a
  // raw statement costs ~0.1 ms. The conditional claim leaves a finished submission alone; each
  // claim gets its own attempt number, and the verdict write below lets only the latest claim record.
  const [submission] = await db.$queryRaw<ClaimedSubmission[]>`
    UPDATE "Submission" SET status = 'running', "startedAt" = ${new Date()}, attempts = attempts + 1
    WHERE id = ${submissionId} AND status IN ('queued', 'running')
    RETURNING "userId", "exerciseId", yaml, attempts, "queuedAt"`;
  if (!submission) {
    const exists = await db.submission.findUnique({ where: { id: submissionId }, select: { id: true } });
    if (!exists) log.warn({ submissionId }, "job for a submission that does not exist");
    return null;
  }
  const attempt = submission.attempts;
  const gradingStarted = performance.now();
  const verdict = await grader(submission.exerciseId, submission.yaml);
  const gradingMs = performance.now() - gradingStarted;
  if (!verdict) {
    await markSubmissionFailed(db, submissionId, `exercise ${submission.exerciseId} is no longer in the course`);
    return { outcome: "failed", gradingMs, latencyMs: Date.now() - submission.queuedAt.getTime() };
  }
  const finishedAt = new Date();
  // Short, so that on SQLite the write lock (taken at BEGIN) is held for well under a millisecond.
  const recorded = await db.$transaction(async (tx) => {
    const updated = await tx.$executeRaw`
      UPDATE "Submission"
      SET status = 'graded', verdict = ${JSON.stringify(verdict)}, score = ${verdict.score}, passed = ${verdict.passed}, "finishedAt" = ${finishedAt}
      WHERE id = ${submissionId} AND status = 'running' AND attempts = ${attempt}`;
    if (updated === 0) return false;
    const key = { userId: submission.userId, exerciseId: submission.exerciseId };
    // Count the attempt in one atomic statement, which also locks the row (PostgreSQL): verdicts
    // for the same learner and exercise graded at once on several workers then raise the best
    // score one after another instead of overwriting each other. The row comes back with this attempt
    // counted and, unless the insert made it, the best score and solve from before this verdict.
    const [counted] = await tx.$queryRaw<[ProgressRow]>`
      INSERT INTO "Progress" ("userId", "exerciseId", "bestScore", attempts, "solvedAt", "updatedAt")
      VALUES (${key.userId}, ${key.exerciseId}, ${verdict.score}, 1, ${verdict.passed ? finishedAt : null}, ${finishedAt})
      ON CONFLICT ("userId", "exerciseId") DO UPDATE SET attempts = "Progress".attempts + 1, "updatedAt" = ${finishedAt}
      RETURNING "bestScore", attempts, "solvedAt"`;
    const bestScore = Math.max(counted.bestScore, verdict.score);
    const solvedAt = counted.solvedAt ?? (verdict.passed ? finishedAt : null);
    if (bestScore !== counted.bestScore || solvedAt !== counted.solvedAt) {
      await tx.$executeRaw`
        UPDATE "Progress" SET "bestScore" = ${bestScore}, "solvedAt" = ${solvedAt}, "updatedAt" = ${finishedAt}
        WHERE "userId" = ${key.userId} AND "exerciseId" = ${key.exerciseId}`;
    }
    // attempts is 1 only when the insert created the row, with this verdict's score as its best.
    const previousBest = counted.attempts === 1 ? 0 : counted.bestScore;
    if (bestScore > previousBest) await recordBestScoreRise(tx, { ...key, previousBest, newBest: bestScore, at: finishedAt });
    return true;
  });
  if (!recorded) {
    log.info({ submissionId, attempt }, "verdict not recorded: a later attempt took over or finished first");
    return null;
  }
  log.info({ submissionId, exerciseId: submission.exerciseId, score: verdict.score, admitted: verdict.admitted, gradingMs }, "graded");
  const outcome = !verdict.admitted ? "rejected" : verdict.passed ? "passed" : "not_passed";
  return { outcome, gradingMs, latencyMs: finishedAt.getTime() - submission.queuedAt.getTime() };
}

/** Marks a submission that could not be graded after every retry, so it is never left running. */
export async function markSubmissionFailed(db: PrismaClient, submissionId: string, reason: string): Promise<void> {
  await db.submission.updateMany({
    where: { id: submissionId, status: { in: ["queued", "running"] } },
    data: { status: "failed", failure: reason.slice(0, 2000), finishedAt: new Date() },
  });
}

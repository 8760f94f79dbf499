import type { Logger } from "pino";
import type { Prisma, PrismaClient } from "../../lib/db/client.ts";
import { recordBestScoreRise } from "../../lib/leaderboard/record-best-score-rise.ts";
import type { Verdict } from "../grader/verdict.ts";

/** Grades a Pod for an exercise; undefined when the exercise no longer exists. */
export type Grader = (exerciseId: string, yaml: string) => Promise<Verdict | undefined>;

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
  // One statement claims the submission and reads what grading needs: each query costs the
  // Prisma client a query-plan compilation (~0.5 ms of CPU), and this runs for every submission.
  // Conditional, so a finished submission is left alone; each claim gets its own attempt number,
  // and the verdict write below lets only the latest claim record.
  const [submission] = await db.submission.updateManyAndReturn({
    where: { id: submissionId, status: { in: ["queued", "running"] } },
    data: { status: "running", startedAt: new Date(), attempts: { increment: 1 } },
    select: { userId: true, exerciseId: true, yaml: true, attempts: true, queuedAt: true },
  });
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
  const recorded = await db.$transaction(async (tx) => {
    // The write comes first so this transaction holds SQLite's write lock before it reads.
    const { count } = await tx.submission.updateMany({
      where: { id: submissionId, status: "running", attempts: attempt },
      data: { status: "graded", verdict: verdict as unknown as Prisma.InputJsonValue, score: verdict.score, passed: verdict.passed, finishedAt },
    });
    if (count === 0) return false;
    const key = { userId: submission.userId, exerciseId: submission.exerciseId };
    // Count the attempt in one atomic statement (PostgreSQL: INSERT … ON CONFLICT DO UPDATE), which
    // also locks the row: verdicts for the same learner and exercise graded at once on several
    // workers then raise the best score one after another instead of overwriting each other.
    const counted = await tx.progress.upsert({
      where: { userId_exerciseId: key },
      create: { ...key, bestScore: verdict.score, attempts: 1, solvedAt: verdict.passed ? finishedAt : null },
      update: { attempts: { increment: 1 } },
    });
    const bestScore = Math.max(counted.bestScore, verdict.score);
    const solvedAt = counted.solvedAt ?? (verdict.passed ? finishedAt : null);
    if (bestScore !== counted.bestScore || solvedAt !== counted.solvedAt) {
      await tx.progress.update({ where: { userId_exerciseId: key }, data: { bestScore, solvedAt } });
    }
    // attempts is 1 only when the upsert created the row, with this verdict's score as its best.
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

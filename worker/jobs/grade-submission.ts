import type { Logger } from "pino";
import type { Prisma, PrismaClient } from "../../lib/db/client.ts";
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
 * Grades one stored submission and records the verdict and the learner's progress in one
 * transaction. Safe to run again for the same submission: a finished one is left as it is.
 * Returns null when there was nothing to do.
 */
export async function gradeSubmission(db: PrismaClient, submissionId: string, grader: Grader, log: Logger): Promise<GradingReport | null> {
  const submission = await db.submission.findUnique({ where: { id: submissionId } });
  if (!submission) {
    log.warn({ submissionId }, "job for a submission that does not exist");
    return null;
  }
  if (submission.status === "graded" || submission.status === "failed") return null;

  await db.submission.update({
    where: { id: submissionId },
    data: { status: "running", startedAt: new Date(), attempts: { increment: 1 } },
  });
  const gradingStarted = performance.now();
  const verdict = await grader(submission.exerciseId, submission.yaml);
  const gradingMs = performance.now() - gradingStarted;
  if (!verdict) {
    await markSubmissionFailed(db, submissionId, `exercise ${submission.exerciseId} is no longer in the course`);
    return { outcome: "failed", gradingMs, latencyMs: Date.now() - submission.queuedAt.getTime() };
  }
  const finishedAt = new Date();
  await db.$transaction(async (tx) => {
    // The write comes first so this transaction holds SQLite's write lock before it reads.
    await tx.submission.update({
      where: { id: submissionId },
      data: { status: "graded", verdict: verdict as unknown as Prisma.InputJsonValue, score: verdict.score, finishedAt },
    });
    const key = { userId: submission.userId, exerciseId: submission.exerciseId };
    const before = await tx.progress.findUnique({ where: { userId_exerciseId: key } });
    const solvedAt = before?.solvedAt ?? (verdict.passed ? finishedAt : null);
    await tx.progress.upsert({
      where: { userId_exerciseId: key },
      create: { ...key, bestScore: verdict.score, attempts: 1, solvedAt },
      update: { bestScore: Math.max(before?.bestScore ?? 0, verdict.score), attempts: { increment: 1 }, solvedAt },
    });
  });
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

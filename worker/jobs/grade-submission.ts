import type { Logger } from "pino";
import type { Prisma, PrismaClient } from "../../lib/db/client.ts";
import { grade } from "../grader/grade.ts";
import type { YamlLimits } from "../sim/index.ts";

/**
 * Grades one stored submission and records the verdict and the learner's progress in one
 * transaction. Safe to run again for the same submission: a finished one is left as it is.
 * Returns false when there was nothing to do.
 */
export async function gradeSubmission(
  db: PrismaClient,
  submissionId: string,
  limits: YamlLimits,
  log: Logger,
): Promise<boolean> {
  const submission = await db.submission.findUnique({ where: { id: submissionId } });
  if (!submission) {
    log.warn({ submissionId }, "job for a submission that does not exist");
    return false;
  }
  if (submission.status === "graded" || submission.status === "failed") return false;

  await db.submission.update({
    where: { id: submissionId },
    data: { status: "running", startedAt: new Date(), attempts: { increment: 1 } },
  });
  const verdict = grade({ yaml: submission.yaml, limits });
  const finishedAt = new Date();

  await db.$transaction(async (tx) => {
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
  log.info({ submissionId, score: verdict.score, admitted: verdict.admitted }, "graded");
  return true;
}

/** Marks a submission that could not be graded after every retry, so it is never left running. */
export async function markSubmissionFailed(db: PrismaClient, submissionId: string, reason: string): Promise<void> {
  await db.submission.updateMany({
    where: { id: submissionId, status: { in: ["queued", "running"] } },
    data: { status: "failed", failure: reason.slice(0, 2000), finishedAt: new Date() },
  });
}

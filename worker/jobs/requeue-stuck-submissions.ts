import type { Queue } from "bullmq";
import type { Logger } from "pino";
import type { PrismaClient } from "../../lib/db/client.ts";
import { enqueueGrading } from "../../lib/queue/grading-queue.ts";
import { markSubmissionFailed } from "./grade-submission.ts";

/** Queued submissions younger than this are left alone: their job is probably being added. */
const queuedGraceMs = 5_000;

/**
 * The database is the source of truth: a submission still queued or running whose job is gone
 * from Redis (Redis restarted, or the add failed) is queued again; one whose job failed for
 * good is marked failed. Returns how many submissions it queued again.
 */
export async function requeueStuckSubmissions(
  db: PrismaClient,
  queue: Queue,
  runningTimeoutMs: number,
  now: Date,
  log: Logger,
): Promise<number> {
  const stuck = await db.submission.findMany({
    where: {
      OR: [
        { status: "queued", queuedAt: { lt: new Date(now.getTime() - queuedGraceMs) } },
        { status: "running", startedAt: { lt: new Date(now.getTime() - runningTimeoutMs) } },
      ],
    },
    select: { id: true },
    orderBy: { queuedAt: "asc" },
    take: 500,
  });
  let requeued = 0;
  for (const { id } of stuck) {
    const job = await queue.getJob(id);
    const state = job ? await job.getState() : "missing";
    if (state === "failed") {
      await markSubmissionFailed(db, id, job?.failedReason ?? "grading failed");
    } else if (state === "missing" || state === "completed" || state === "unknown") {
      if (job) await job.remove();
      await enqueueGrading(queue, id);
      requeued++;
    }
  }
  if (requeued > 0) log.warn({ requeued }, "queued stuck submissions again");
  return requeued;
}

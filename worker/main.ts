// The grading worker process: takes submission ids from the BullMQ "grading" queue, grades
// them on a thread pool and stores verdicts; it also runs the playground's "simulate" jobs and
// authors' "grade-answer" jobs on the same pool. Stateless: run as many as you like against one Redis and one DB.
// A worker that dies mid-job leaves its job's lock to expire; BullMQ's stalled-job check then
// hands the job to another worker. Stops gracefully on SIGTERM/SIGINT.
import { hostname } from "node:os";
import { resolve } from "node:path";
import { DelayedError, Queue, UnrecoverableError, Worker } from "bullmq";
import { withTimeout } from "../lib/async/with-timeout.ts";
import { getConfig } from "../lib/config/config.ts";
import { getDb } from "../lib/db/client.ts";
import { isDatabaseUnavailable } from "../lib/db/database-unavailable.ts";
import { createGradingMetrics, publishIntervalMs, publishMetrics, withdrawMetrics } from "../lib/metrics/grading-metrics.ts";
import { getLogger } from "../lib/log/logger.ts";
import { consumerConnection, gradingJobSchema, gradingQueueName, producerConnection } from "../lib/queue/grading-queue.ts";
import { type GradeAnswerJob, gradeAnswerJobName } from "../lib/queue/grade-answer-jobs.ts";
import { simulateJobName } from "../lib/queue/simulation-jobs.ts";
import { gradeSubmission, markSubmissionFailed } from "./jobs/grade-submission.ts";
import { GradingPool, GradingTimeoutError } from "./jobs/grading-pool.ts";
import type { SimInput } from "./sim/index.ts";
import { requeueStuckSubmissions } from "./jobs/requeue-stuck-submissions.ts";

const config = getConfig();
const log = getLogger("worker");
const db = getDb();
const pool = new GradingPool({
  size: config.WORKER_CONCURRENCY,
  timeoutMs: config.GRADING_TIMEOUT_MS,
  lessonsRoot: resolve(import.meta.dirname, "../lessons"),
});
const metrics = createGradingMetrics();

/** A job that met an unavailable database waits this long, then runs again without spending an attempt. */
const databaseRetryMs = 2_000;

const worker = new Worker(
  gradingQueueName,
  async (job, token) => {
    if (job.name === simulateJobName || job.name === gradeAnswerJobName) {
      const run = job.name === simulateJobName ? pool.simulate(job.data as SimInput) : pool.gradeAnswer(job.data as GradeAnswerJob);
      return run.catch((error) => {
        throw error instanceof GradingTimeoutError ? new UnrecoverableError(error.message) : error;
      });
    }
    const payload = gradingJobSchema.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError(`malformed grading job ${job.id}`);
    const report = await gradeSubmission(db, payload.data.submissionId, (id, yaml) => pool.grade(id, yaml), log).catch(async (error) => {
      if (error instanceof GradingTimeoutError) throw new UnrecoverableError(error.message);
      // The database is locked or unreachable for a moment: that says nothing about the submission,
      // so the job waits and runs again, for as long as it takes, instead of failing for good.
      if (isDatabaseUnavailable(error) && token) {
        log.warn({ err: error, jobId: job.id, retryInMs: databaseRetryMs }, "database unavailable; grading again later");
        await job.moveToDelayed(Date.now() + databaseRetryMs, token);
        throw new DelayedError();
      }
      throw error;
    });
    if (report) {
      metrics.jobs.inc({ outcome: report.outcome });
      metrics.gradingSeconds.observe(report.gradingMs / 1000);
      metrics.latencySeconds.observe(report.latencyMs / 1000);
    }
  },
  {
    connection: consumerConnection(config.REDIS_URL),
    prefix: config.QUEUE_PREFIX,
    concurrency: config.WORKER_CONCURRENCY,
    lockDuration: config.JOB_LOCK_MS,
    stalledInterval: config.JOB_LOCK_MS,
    maxStalledCount: 2,
  },
);

worker.on("failed", (job, error) => {
  if (!job || job.name === simulateJobName || job.name === gradeAnswerJobName) return;
  const isFinal = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
  log.error({ err: error, jobId: job.id, attemptsMade: job.attemptsMade, isFinal }, "grading job failed");
  if (isFinal) {
    metrics.jobs.inc({ outcome: "failed" });
    markSubmissionFailed(db, job.id!, error.message).catch((markError) =>
      log.error({ err: markError, jobId: job.id }, "could not mark submission failed"),
    );
  }
});
worker.on("error", (error) => log.error({ err: error }, "worker error"));

const workerId = `${hostname()}:${process.pid}`;
const metricsRedis = producerConnection(config.REDIS_URL);
// Publishing is best effort: while Redis is down the queue's own handlers already report it.
metricsRedis.on("error", () => {});
const publish = () =>
  publishMetrics(metricsRedis, config.QUEUE_PREFIX, workerId, metrics, Date.now()).catch((error) =>
    log.debug({ err: error }, "could not publish metrics"),
  );
const publishTimer = setInterval(publish, publishIntervalMs);

const sweepQueue = new Queue(gradingQueueName, { connection: producerConnection(config.REDIS_URL), prefix: config.QUEUE_PREFIX });
sweepQueue.on("error", (error) => log.warn({ err: error }, "sweep queue connection error"));
const sweep = () =>
  requeueStuckSubmissions(db, sweepQueue, config.REQUEUE_AFTER_MS, new Date(), log).catch((error) =>
    log.warn({ err: error }, "sweep for stuck submissions failed; will try again"),
  );
const sweepTimer = setInterval(sweep, Math.max(1000, Math.floor(config.REQUEUE_AFTER_MS / 4)));
void sweep();

log.info({ concurrency: config.WORKER_CONCURRENCY, queue: gradingQueueName, prefix: config.QUEUE_PREFIX }, "worker started");

const shutdownTimeoutMs = 10_000;
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "worker stopping");
  clearInterval(sweepTimer);
  clearInterval(publishTimer);
  await withdrawMetrics(metricsRedis, config.QUEUE_PREFIX, workerId).catch(() => {});
  metricsRedis.disconnect();
  // A job that is still running keeps its lock until it finishes; one that never gets to finish
  // (Redis gone, say) is left to the stalled-job check of another worker.
  const closing = Promise.all([worker.close(), sweepQueue.close()]);
  const isClosed = await withTimeout(closing, shutdownTimeoutMs, "closing the queue").then(
    () => true,
    () => false,
  );
  await pool.close();
  await db.$disconnect();
  log.info({ isClosed }, isClosed ? "worker stopped" : "worker stopped without closing its Redis connections");
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

// The grading queue: the web server adds one job per submission, workers take them. The job
// carries only the submission id; the database holds everything else and is the source of truth.
import { type JobsOptions, Queue, QueueEvents } from "bullmq";
import { Redis, type RedisOptions } from "ioredis";
import { z } from "zod";
import { getConfig } from "../config/config.ts";
import { getLogger } from "../log/logger.ts";

export const gradingQueueName = "grading";

export const gradingJobSchema = z.object({ submissionId: z.string().min(1).max(64) });
export type GradingJob = z.infer<typeof gradingJobSchema>;

/**
 * Job options: the job id is the submission id, so adding the same submission twice while a job
 * for it exists is a no-op. Failures that a retry may fix (DB or Redis trouble) are retried.
 */
export const gradingJobOptions: JobsOptions = {
  attempts: 3,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Connection for blocking consumers (Worker, QueueEvents): BullMQ requires that commands wait
 * for a reconnect rather than fail.
 */
export function consumerConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null });
}

/** Connection for producers: fail fast while Redis is down, so a request is never left hanging. */
export function producerConnection(redisUrl: string, options: RedisOptions = {}): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, ...options });
}

/** Puts one submission on the queue (idempotent per submission id). */
export async function enqueueGrading(queue: Queue, submissionId: string): Promise<void> {
  await queue.add("grade", { submissionId } satisfies GradingJob, { ...gradingJobOptions, jobId: submissionId });
}

const globalForQueue = globalThis as unknown as {
  podlabGradingQueue?: Queue;
  podlabGradingEvents?: QueueEvents;
  podlabRedis?: Redis;
  podlabRedisReady?: Promise<void>;
};

/**
 * The web process's plain Redis connection (for metrics), created once, once it is connected:
 * without an offline queue a command sent before the first connect fails at once ("Stream isn't
 * writeable"), which made the first /api/metrics after a start answer 500. While Redis is down
 * this waits for it; callers bound the wait (withTimeout).
 */
export async function getWebRedis(): Promise<Redis> {
  if (!globalForQueue.podlabRedis) {
    const redis = producerConnection(getConfig().REDIS_URL);
    redis.on("error", (error) => getLogger("queue").warn({ err: error }, "redis connection error"));
    globalForQueue.podlabRedis = redis;
  }
  const redis = globalForQueue.podlabRedis;
  if (redis.status === "ready") return redis;
  // One shared wait, so requests during an outage do not pile listeners up.
  globalForQueue.podlabRedisReady ??= new Promise<void>((resolve) =>
    redis.once("ready", () => {
      globalForQueue.podlabRedisReady = undefined;
      resolve();
    }),
  );
  await globalForQueue.podlabRedisReady;
  return redis;
}

/** The web process's producer-side queue, created once. */
export function getGradingQueue(): Queue {
  const { REDIS_URL, QUEUE_PREFIX } = getConfig();
  if (!globalForQueue.podlabGradingQueue) {
    const queue = new Queue(gradingQueueName, { connection: producerConnection(REDIS_URL), prefix: QUEUE_PREFIX });
    queue.on("error", (error) => getLogger("queue").warn({ err: error }, "grading queue connection error"));
    globalForQueue.podlabGradingQueue = queue;
  }
  return globalForQueue.podlabGradingQueue;
}

/**
 * How far back a new listener starts reading the queue's event stream. By default it starts at
 * the newest event once its connection is up, and `waitUntilFinished` only waits for the
 * connection: a job finished in between was never heard of, and the first reference-answer run
 * after a start failed now and then (bullmq#2874). Replayed older events are for other jobs.
 */
const eventReplayMs = 10_000;

/** The web process's listener for job progress, created once (used to push verdicts live). */
export function getGradingEvents(): QueueEvents {
  const { REDIS_URL, QUEUE_PREFIX } = getConfig();
  if (!globalForQueue.podlabGradingEvents) {
    const events = new QueueEvents(gradingQueueName, {
      connection: consumerConnection(REDIS_URL),
      prefix: QUEUE_PREFIX,
      // A stream id is "<milliseconds>-<sequence>".
      lastEventId: `${Date.now() - eventReplayMs}-0`,
    });
    events.setMaxListeners(0);
    events.on("error", (error) => getLogger("queue").warn({ err: error }, "grading events connection error"));
    globalForQueue.podlabGradingEvents = events;
  }
  return globalForQueue.podlabGradingEvents;
}

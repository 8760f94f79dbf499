// Redis restarted mid-run, losing everything it held (no persistence): the database still has
// every submission, and the workers' sweep queues the lost ones again, so each is graded once.
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { Queue } from "bullmq";
import { gradingQueueName, producerConnection } from "../../lib/queue/grading-queue.ts";
import { createSubmission } from "../../lib/submissions/create-submission.ts";
import { redisAnswers } from "../../worker/cli/ensure-redis.ts";
import { validPod } from "../fixtures/pods.ts";
import { createTestEnv, eventually, freePort, type RunningProcess, startWorker, type TestEnv } from "../support/test-env.ts";
import { createLearner } from "../support/accounts.ts";

let t: TestEnv;
let redis: ChildProcess;
let redisUrl: string;
let queue: Queue;
let worker: RunningProcess;

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  await eventually(() => redisAnswers(`redis://127.0.0.1:${port}`, 300), (ok) => ok, 10_000);
  return child;
}

beforeAll(async () => {
  t = await createTestEnv();
  const port = await freePort();
  redisUrl = `redis://127.0.0.1:${port}`;
  redis = await startRedis(port);
  queue = new Queue(gradingQueueName, { connection: producerConnection(redisUrl), prefix: t.queuePrefix });
  queue.on("error", () => {});
  worker = await startWorker(t.env({ REDIS_URL: redisUrl, REQUEUE_AFTER_MS: "2000" }));
});

afterAll(async () => {
  await worker?.stop("SIGKILL");
  await queue?.close().catch(() => {});
  redis?.kill("SIGKILL");
  await t?.cleanup();
});

describe("Redis restarted mid-run", () => {
  it("loses no submission and grades each once", async () => {
    const log = pino({ level: "silent" });
    const user = await createLearner(t.db);
    const submit = () => createSubmission(t.db, queue, log, { userId: user.id, exerciseId: "first-pod", yaml: validPod });
    const before = await Promise.all(Array.from({ length: 5 }, submit));

    redis.kill("SIGKILL");
    await new Promise((done) => redis.once("exit", done));
    // Submitted while Redis is down: stored, not queued.
    const during = await Promise.all(Array.from({ length: 5 }, submit));
    redis = await startRedis(Number(new URL(redisUrl).port));
    const after = await Promise.all(Array.from({ length: 5 }, submit));

    const ids = [...before, ...during, ...after].map((s) => s.id);
    const rows = await eventually(
      () => t.db.submission.findMany({ where: { id: { in: ids } } }),
      (list) => list.every((row) => row.status === "graded"),
      60_000,
    );
    expect(rows).toHaveLength(15);
    expect(rows.map((row) => ({ score: row.score, failure: row.failure }))).toEqual(rows.map(() => ({ score: 100, failure: null })));
    // A job Redis lost while a worker held it may be started again by the sweep (attempts 2), but
    // only one run records its verdict: the learner's attempts count each submission once.
    const progress = await t.db.progress.findUniqueOrThrow({ where: { userId_exerciseId: { userId: user.id, exerciseId: "first-pod" } } });
    expect(progress.attempts).toBe(15);
  });
});

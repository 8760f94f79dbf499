// Nothing is lost: work left behind by a dead worker, or missing from Redis, is graded.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueGrading } from "../../lib/queue/grading-queue.ts";
import { validPod } from "../fixtures/pods.ts";
import { createTestEnv, eventually, type RunningProcess, startProcess, startWorker, type TestEnv } from "../support/test-env.ts";
import { createLearner } from "../support/accounts.ts";

let t: TestEnv;
const processes: RunningProcess[] = [];

beforeEach(async () => {
  t = await createTestEnv();
});

afterEach(async () => {
  await Promise.all(processes.splice(0).map((process) => process.stop("SIGKILL")));
  await t.cleanup();
});

async function storeSubmission(data: { status?: "queued" | "running"; queuedAt?: Date; startedAt?: Date } = {}) {
  const user = await createLearner(t.db);
  return t.db.submission.create({ data: { userId: user.id, exerciseId: "first-pod", yaml: validPod, ...data } });
}

const graded = (id: string) =>
  eventually(
    () => t.db.submission.findUniqueOrThrow({ where: { id } }),
    (row) => row.status === "graded",
  );

describe("recovering lost work", () => {
  it("grades a job whose worker was killed mid-job", async () => {
    const submission = await storeSubmission();
    await enqueueGrading(t.queue, submission.id);
    const dying = startProcess(["--import", "tsx", "test/fixtures/dying-worker.ts"], t.env());
    processes.push(dying);
    await dying.waitForOutput(`took ${submission.id}`);
    expect((await t.db.submission.findUniqueOrThrow({ where: { id: submission.id } })).status).toBe("running");
    await dying.stop("SIGKILL");

    processes.push(await startWorker(t.env({ JOB_LOCK_MS: "1000" })));
    const row = await graded(submission.id);
    expect(row).toMatchObject({ status: "graded", score: 100, attempts: 2 });
  });

  it("queues again a submission whose job never reached Redis", async () => {
    const submission = await storeSubmission({ queuedAt: new Date(Date.now() - 60_000) });
    expect(await t.queue.getJob(submission.id)).toBeUndefined();
    processes.push(await startWorker(t.env()));
    expect(await graded(submission.id)).toMatchObject({ status: "graded", score: 100, attempts: 1 });
  });

  it("queues again a running submission whose job vanished (Redis lost its data)", async () => {
    const longAgo = new Date(Date.now() - 60_000);
    const submission = await storeSubmission({ status: "running", queuedAt: longAgo, startedAt: longAgo });
    processes.push(await startWorker(t.env({ REQUEUE_AFTER_MS: "1000" })));
    expect(await graded(submission.id)).toMatchObject({ status: "graded", score: 100 });
  });
});

describe("duplicate jobs", () => {
  it("grades a submission enqueued twice exactly once", async () => {
    const submission = await storeSubmission();
    await enqueueGrading(t.queue, submission.id);
    await enqueueGrading(t.queue, submission.id);
    processes.push(await startWorker(t.env()));
    await graded(submission.id);
    await enqueueGrading(t.queue, submission.id);
    await new Promise((done) => setTimeout(done, 500));
    const row = await t.db.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(row.attempts).toBe(1);
    const progress = await t.db.progress.findUniqueOrThrow({ where: { userId_exerciseId: { userId: row.userId, exerciseId: "first-pod" } } });
    expect(progress.attempts).toBe(1);
  });
});

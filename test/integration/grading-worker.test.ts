// The grading path with real processes: a worker process on the real Redis (own key prefix)
// and a real SQLite file, fed through the same function the web server uses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { createSubmission } from "../../lib/submissions/create-submission.ts";
import { badInputs, validPod } from "../fixtures/pods.ts";
import { createTestEnv, eventually, type RunningProcess, startWorker, type TestEnv } from "../support/test-env.ts";
import { createLearner } from "../support/accounts.ts";

const log = pino({ level: "silent" });
let t: TestEnv;
let worker: RunningProcess;
let userId: string;

beforeAll(async () => {
  t = await createTestEnv();
  worker = await startWorker(t.env());
  userId = (await createLearner(t.db)).id;
});

afterAll(async () => {
  await worker?.stop();
  await t?.cleanup();
});

async function submitAndWait(yaml: string) {
  const { id } = await createSubmission(t.db, t.queue, log, { userId, exerciseId: "first-pod", yaml });
  return eventually(
    () => t.db.submission.findUniqueOrThrow({ where: { id } }),
    (row) => row.status === "graded" || row.status === "failed",
  );
}

describe("grading worker", () => {
  it("grades a valid Pod and records progress", async () => {
    const row = await submitAndWait(validPod);
    expect(row).toMatchObject({ status: "graded", score: 100, attempts: 1 });
    expect(row.startedAt).not.toBeNull();
    expect(row.finishedAt!.getTime()).toBeGreaterThanOrEqual(row.queuedAt.getTime());
    const progress = await t.db.progress.findUniqueOrThrow({ where: { userId_exerciseId: { userId, exerciseId: "first-pod" } } });
    expect(progress.bestScore).toBe(100);
    expect(progress.solvedAt).not.toBeNull();
  });

  // Text with a NUL character is refused before it is stored (see the test below).
  const storableBadInputs = badInputs.filter(({ yaml }) => !yaml.includes("\u0000"));

  it.each(storableBadInputs)("answers $name with a clear verdict and keeps running", async ({ yaml, type }) => {
    const row = await submitAndWait(yaml);
    expect(row.status).toBe("graded");
    expect(row.score).toBe(0);
    const verdict = row.verdict as { admitted: boolean; errors: { type: string; message: string }[] };
    expect(verdict.admitted).toBe(false);
    expect(verdict.errors[0]).toMatchObject({ type });
    expect(verdict.errors[0]!.message.length).toBeGreaterThan(10);
    expect(worker.child.exitCode).toBeNull();
  });

  it("keeps the best score and counts every attempt", async () => {
    const progress = await t.db.progress.findUniqueOrThrow({ where: { userId_exerciseId: { userId, exerciseId: "first-pod" } } });
    expect(progress.bestScore).toBe(100);
    expect(progress.attempts).toBe(1 + storableBadInputs.length);
  });

  it("refuses text with a NUL character, storing nothing", async () => {
    const before = await t.db.submission.count();
    await expect(createSubmission(t.db, t.queue, log, { userId, exerciseId: "first-pod", yaml: "apiVersion: v1\u0000" })).rejects.toMatchObject({
      code: "bad_request",
      userMessage: expect.stringContaining("binary data"),
    });
    expect(await t.db.submission.count()).toBe(before);
  });

  it("rejects a submission for an exercise that does not exist, storing nothing", async () => {
    const before = await t.db.submission.count();
    await expect(createSubmission(t.db, t.queue, log, { userId, exerciseId: "no-such-exercise", yaml: validPod })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await t.db.submission.count()).toBe(before);
  });
});

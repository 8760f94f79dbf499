// Storing a submission over a real database (SQLite and PostgreSQL): the row the worker and the
// pages read, its job on the queue, and an unknown exercise refused with nothing stored.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSubmission } from "../../lib/submissions/create-submission.ts";
import { createLearner } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

const log = pino({ level: "silent" });
let t: TestEnv;
beforeAll(async () => {
  t = await createTestEnv();
});
afterAll(async () => {
  await t.cleanup();
});

describe("createSubmission", () => {
  it("stores a queued submission that Prisma reads back whole, and queues its job", async () => {
    const { id: userId } = await createLearner(t.db);
    const before = Date.now();
    const yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: 名前\n";
    const created = await createSubmission(t.db, t.queue, log, { userId, exerciseId: "first-pod", yaml });
    expect(created.status).toBe("queued");
    const row = await t.db.submission.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ userId, exerciseId: "first-pod", yaml, status: "queued", attempts: 0, verdict: null, score: null, passed: null, startedAt: null });
    expect(row.queuedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(row.queuedAt.getTime()).toBeLessThanOrEqual(Date.now());
    // Prisma's own date filters find it: the raw insert stores dates as Prisma does.
    expect(await t.db.submission.count({ where: { id: created.id, queuedAt: { gte: new Date(before) } } })).toBe(1);
    expect(await t.queue.getJob(created.id)).toBeDefined();
  });

  it("refuses an exercise that does not exist with not_found, storing nothing", async () => {
    const { id: userId } = await createLearner(t.db);
    await expect(createSubmission(t.db, t.queue, log, { userId, exerciseId: "no-such-exercise", yaml: "kind: Pod" })).rejects.toMatchObject({ code: "not_found" });
    expect(await t.db.submission.count({ where: { userId } })).toBe(0);
  });
});

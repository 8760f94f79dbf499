// The per-learner submission limit over a real database: a sliding minute, and the retry time
// counts from the oldest submission still inside it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertSubmissionRate, submissionRetryAfterSeconds } from "../../lib/submissions/submission-rate-limit.ts";
import { createLearner } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

let t: TestEnv;
beforeAll(async () => {
  t = await createTestEnv();
});
afterAll(async () => {
  await t.cleanup();
});

const now = new Date("2026-11-29T08:00:00Z");
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);

async function learnerWithSubmissions(...ages: number[]) {
  const { id } = await createLearner(t.db);
  for (const age of ages) await t.db.submission.create({ data: { userId: id, exerciseId: "first-pod", yaml: "kind: Pod", queuedAt: secondsAgo(age) } });
  return id;
}

describe("submission rate limit", () => {
  it("lets a learner under the limit submit", async () => {
    expect(await submissionRetryAfterSeconds(t.db, await learnerWithSubmissions(5, 10), 3, now)).toBe(0);
  });

  it("does not count submissions older than a minute", async () => {
    expect(await submissionRetryAfterSeconds(t.db, await learnerWithSubmissions(5, 61, 90, 120), 2, now)).toBe(0);
  });

  it("at the limit, waits until the oldest submission in the minute leaves it", async () => {
    const userId = await learnerWithSubmissions(5, 20, 45);
    expect(await submissionRetryAfterSeconds(t.db, userId, 3, now)).toBe(15);
    expect(await submissionRetryAfterSeconds(t.db, userId, 2, now)).toBe(40);
  });

  it("counts each learner alone", async () => {
    await learnerWithSubmissions(1, 2, 3);
    expect(await submissionRetryAfterSeconds(t.db, await learnerWithSubmissions(), 1, now)).toBe(0);
  });

  it("throws too_many_requests with the retry time", async () => {
    const { id: userId } = await createLearner(t.db);
    for (let count = 0; count < 2; count++) await t.db.submission.create({ data: { userId, exerciseId: "first-pod", yaml: "kind: Pod" } });
    await expect(assertSubmissionRate(t.db, userId, 2)).rejects.toMatchObject({ code: "too_many_requests", status: 429, retryAfterSeconds: expect.any(Number) });
  });
});

// Recording verdicts on the project's database (SQLite, or PostgreSQL in the "postgres" project):
// overlapping runs of the same submission, and many verdicts for one learner at once.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Verdict } from "../../worker/grader/verdict.ts";
import { type Grader, gradeSubmission } from "../../worker/jobs/grade-submission.ts";
import { validPod } from "../fixtures/pods.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

const log = pino({ level: "silent" });
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv();
});

afterAll(async () => {
  await t?.cleanup();
});

const verdictOf = (score: number) => ({ score, passed: score === 100, admitted: true }) as unknown as Verdict;

/** A grader whose answers the test releases one by one. */
function heldGrader() {
  const waiting: ((verdict: Verdict) => void)[] = [];
  const grader: Grader = () => new Promise((answer) => waiting.push(answer));
  const started = async (count: number) => {
    while (waiting.length < count) await new Promise((done) => setTimeout(done, 5));
  };
  return { grader, started, answer: (index: number, verdict: Verdict) => waiting[index]!(verdict) };
}

async function newLearner(name: string): Promise<string> {
  return (await t.db.user.create({ data: { email: `${name}@example.com`, displayName: name } })).id;
}

describe("gradeSubmission", () => {
  it("records one verdict when a re-queued run overlaps the first: the later attempt's", async () => {
    const userId = await newLearner("overlap");
    const { id } = await t.db.submission.create({ data: { userId, exerciseId: "first-pod", yaml: validPod } });
    const held = heldGrader();
    const first = gradeSubmission(t.db, id, held.grader, log);
    await held.started(1);
    const second = gradeSubmission(t.db, id, held.grader, log);
    await held.started(2);

    held.answer(0, verdictOf(40));
    expect(await first).toBeNull();
    held.answer(1, verdictOf(100));
    expect(await second).toMatchObject({ outcome: "passed" });

    const row = await t.db.submission.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "graded", score: 100, attempts: 2 });
    const progress = await t.db.progress.findUniqueOrThrow({ where: { userId_exerciseId: { userId, exerciseId: "first-pod" } } });
    expect(progress).toMatchObject({ attempts: 1, bestScore: 100 });
  });

  it("counts every verdict and keeps the best when many for one learner are recorded at once", async () => {
    const userId = await newLearner("burst");
    const scores = [20, 100, 60, 0, 80, 100, 40, 20];
    const ids = await Promise.all(
      scores.map(async () => (await t.db.submission.create({ data: { userId, exerciseId: "first-pod", yaml: validPod } })).id),
    );
    await Promise.all(ids.map((id, index) => gradeSubmission(t.db, id, async () => verdictOf(scores[index]!), log)));
    const progress = await t.db.progress.findUniqueOrThrow({ where: { userId_exerciseId: { userId, exerciseId: "first-pod" } } });
    expect(progress).toMatchObject({ attempts: scores.length, bestScore: 100 });
    expect(progress.solvedAt).not.toBeNull();
  });
});

// Progress comes from the grader's verdict and is written in the same transaction as the verdict:
// gradeSubmission over a real database with a stand-in grader, so each verdict is chosen here.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Verdict } from "../../worker/grader/verdict.ts";
import { type Grader, gradeSubmission } from "../../worker/jobs/grade-submission.ts";
import { createLearner } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

const log = pino({ level: "silent" });
const exerciseId = "first-pod";
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv();
});
afterAll(async () => {
  await t.cleanup();
});

function verdict(score: number, passed: boolean): Verdict {
  return { version: 2, exerciseId, exerciseHash: "h", admitted: true, passed, score, errors: [], warnings: [], checks: [], traces: [] };
}

async function grade(userId: string, result: Verdict) {
  const submission = await t.db.submission.create({ data: { userId, exerciseId, yaml: "kind: Pod" } });
  const grader: Grader = async () => result;
  await gradeSubmission(t.db, submission.id, grader, log);
  return submission.id;
}

const progressOf = (userId: string) => t.db.progress.findUnique({ where: { userId_exerciseId: { userId, exerciseId } } });

describe("progress from verdicts", () => {
  it("keeps the best score, counts attempts and the first solve, and stores passed", async () => {
    const { id: userId } = await createLearner(t.db);
    await grade(userId, verdict(40, false));
    expect(await progressOf(userId)).toMatchObject({ bestScore: 40, attempts: 1, solvedAt: null });

    const passing = await grade(userId, verdict(100, true));
    const solved = await progressOf(userId);
    expect(solved).toMatchObject({ bestScore: 100, attempts: 2 });
    const passingRow = await t.db.submission.findUniqueOrThrow({ where: { id: passing } });
    expect(passingRow.passed).toBe(true);
    expect(solved!.solvedAt!.getTime()).toBe(passingRow.finishedAt!.getTime());

    await grade(userId, verdict(20, false));
    const after = await progressOf(userId);
    expect(after).toMatchObject({ bestScore: 100, attempts: 3 });
    expect(after!.solvedAt!.getTime()).toBe(solved!.solvedAt!.getTime());
  });

  it("writes no verdict when the progress write fails: one transaction", async () => {
    const { id: userId } = await createLearner(t.db);
    const isSqlite = t.databaseUrl.startsWith("file:");
    if (isSqlite) {
      await t.db.$executeRawUnsafe(`CREATE TRIGGER fail_progress BEFORE INSERT ON "Progress" BEGIN SELECT RAISE(ABORT, 'progress refused'); END`);
    } else {
      await t.db.$executeRawUnsafe(`CREATE FUNCTION fail_progress() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'progress refused'; END $$ LANGUAGE plpgsql`);
      await t.db.$executeRawUnsafe(`CREATE TRIGGER fail_progress BEFORE INSERT ON "Progress" FOR EACH ROW EXECUTE FUNCTION fail_progress()`);
    }
    try {
      await expect(grade(userId, verdict(100, true))).rejects.toThrow();
      const row = await t.db.submission.findFirstOrThrow({ where: { userId } });
      expect(row).toMatchObject({ status: "running", verdict: null, score: null, passed: null });
      expect(await progressOf(userId)).toBeNull();
    } finally {
      await t.db.$executeRawUnsafe(isSqlite ? "DROP TRIGGER fail_progress" : `DROP TRIGGER fail_progress ON "Progress"`);
    }
  });
});

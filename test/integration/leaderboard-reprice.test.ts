// An exercise file whose points change: syncing the course reprices the all-time leaderboard
// totals of learners with a best score on it, in the same transaction (SQLite and PostgreSQL).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allTimePeriod } from "../../lib/leaderboard/leaderboard-period.ts";
import { recordBestScoreRise } from "../../lib/leaderboard/record-best-score-rise.ts";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { syncCurriculum } from "../../lib/lessons/sync-curriculum.ts";
import { createLearner } from "../support/accounts.ts";
import { createTestEnv, projectRoot, type TestEnv } from "../support/test-env.ts";

let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv();
});
afterAll(async () => {
  await t.cleanup();
});

/** The course as the files say, with first-pod worth `points`. */
function courseWithFirstPodAt(points: number) {
  const lessons = loadCurriculum(join(projectRoot, "lessons"));
  return lessons.map((lesson) => ({ ...lesson, exercises: lesson.exercises.map((exercise) => (exercise.id === "first-pod" ? { ...exercise, points } : exercise)) }));
}

async function learnerWithBest(exerciseId: string, score: number): Promise<string> {
  const { id } = await createLearner(t.db);
  await t.db.progress.create({ data: { userId: id, exerciseId, bestScore: score, attempts: 1 } });
  await t.db.$transaction((tx) => recordBestScoreRise(tx, { userId: id, exerciseId, previousBest: 0, newBest: score, at: new Date() }));
  return id;
}

const total = async (userId: string) => (await t.db.leaderboardEntry.findUnique({ where: { period_userId: { period: allTimePeriod, userId } } }))?.scorePoints;

describe("repricing an exercise", () => {
  it("moves the totals of learners with a best score on it, and no one else's", async () => {
    const onIt = await learnerWithBest("first-pod", 80);
    const elsewhere = await learnerWithBest("two-containers", 50);
    const elsewhereBefore = await total(elsewhere);
    expect(await total(onIt)).toBe(800);

    await syncCurriculum(t.db, courseWithFirstPodAt(25));
    expect(await total(onIt)).toBe(2000);
    expect(await total(elsewhere)).toBe(elsewhereBefore);

    await syncCurriculum(t.db, courseWithFirstPodAt(0));
    expect(await total(onIt)).toBe(0);
    // Worth something again: the entry, at 0, is raised back.
    await syncCurriculum(t.db, courseWithFirstPodAt(10));
    expect(await total(onIt)).toBe(800);
  });

  it("starts an entry for a learner whose only best score was on an exercise worth nothing", async () => {
    await syncCurriculum(t.db, courseWithFirstPodAt(0));
    const { id } = await createLearner(t.db);
    await t.db.progress.create({ data: { userId: id, exerciseId: "first-pod", bestScore: 60, attempts: 1 } });
    expect(await total(id)).toBeUndefined();
    await syncCurriculum(t.db, courseWithFirstPodAt(10));
    expect(await total(id)).toBe(600);
  });
});

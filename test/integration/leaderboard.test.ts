// Leaderboards over a real database (SQLite, and PostgreSQL in the "postgres" project): grading
// raises the maintained totals in the verdict's transaction, and pages and ranks read them:
// points, ties by who got there first, pages, hidden learners, the week boundary, a rank far off
// the page shown, and a cohort's board. Rises are recorded with chosen times; each test ranks its
// own week.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allTimePeriod, isoWeekPeriod } from "../../lib/leaderboard/leaderboard-period.ts";
import { readLeaderboardPage, readStanding } from "../../lib/leaderboard/read-leaderboard.ts";
import { recordBestScoreRise } from "../../lib/leaderboard/record-best-score-rise.ts";
import type { Verdict } from "../../worker/grader/verdict.ts";
import { type Grader, gradeSubmission } from "../../worker/jobs/grade-submission.ts";
import { createLearner } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

const log = pino({ level: "silent" });
/** first-pod is worth 10 points; a best score of s% on it is worth s × 10 hundredths. */
const exerciseId = "first-pod";
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv();
});
afterAll(async () => {
  await t.cleanup();
});

function verdict(score: number): Verdict {
  return { version: 2, exerciseId, exerciseHash: "h", admitted: true, passed: score === 100, score, errors: [], warnings: [], checks: [], traces: [] };
}

async function grade(userId: string, score: number): Promise<Date> {
  const submission = await t.db.submission.create({ data: { userId, exerciseId, yaml: "kind: Pod" } });
  const grader: Grader = async () => verdict(score);
  await gradeSubmission(t.db, submission.id, grader, log);
  return (await t.db.submission.findUniqueOrThrow({ where: { id: submission.id } })).finishedAt!;
}

/** A learner who reached `score`% on first-pod at `at` (a rise from nothing). */
async function learnerWith(score: number, at: Date, name?: string): Promise<string> {
  const { id } = await createLearner(t.db);
  if (name) await t.db.user.update({ where: { id }, data: { displayName: name } });
  await t.db.$transaction((tx) => recordBestScoreRise(tx, { userId: id, exerciseId, previousBest: 0, newBest: score, at }));
  return id;
}

const entry = (period: string, userId: string) => t.db.leaderboardEntry.findUnique({ where: { period_userId: { period, userId } } });
const at = (iso: string) => new Date(iso);
const everyone = (period: string) => ({ period, cohortId: null });

describe("the totals grading maintains", () => {
  it("adds each rise of a best score to all time and to this week, in the verdict's transaction", async () => {
    const { id: userId } = await createLearner(t.db);
    const first = await grade(userId, 40);
    expect(await entry(allTimePeriod, userId)).toMatchObject({ scorePoints: 400, reachedAt: first });
    expect(await entry(isoWeekPeriod(first), userId)).toMatchObject({ scorePoints: 400 });

    const rise = await grade(userId, 100);
    expect(await entry(allTimePeriod, userId)).toMatchObject({ scorePoints: 1000, reachedAt: rise });

    await grade(userId, 20);
    expect(await entry(allTimePeriod, userId)).toMatchObject({ scorePoints: 1000, reachedAt: rise });
    const week = await entry(isoWeekPeriod(rise), userId);
    // Both rises may fall in different weeks only if the test runs across Monday 00:00 UTC.
    if (isoWeekPeriod(first) === isoWeekPeriod(rise)) expect(week).toMatchObject({ scorePoints: 1000, reachedAt: rise });
    const progress = await t.db.progress.findUniqueOrThrow({ where: { userId_exerciseId: { userId, exerciseId } } });
    expect(progress.bestScore * 10).toBe((await entry(allTimePeriod, userId))!.scorePoints);
  });

  it("adds up verdicts graded at once to exactly the best score's points", async () => {
    const { id: userId } = await createLearner(t.db);
    const scores = [20, 100, 60, 0, 80, 100, 40, 20];
    const ids = await Promise.all(scores.map(async () => (await t.db.submission.create({ data: { userId, exerciseId, yaml: "kind: Pod" } })).id));
    await Promise.all(ids.map((id, index) => gradeSubmission(t.db, id, async () => verdict(scores[index]!), log)));
    expect(await entry(allTimePeriod, userId)).toMatchObject({ scorePoints: 1000 });
  });

  it("leaves no leaderboard points behind when the verdict's transaction fails", async () => {
    const { id: userId } = await createLearner(t.db);
    const submission = await t.db.submission.create({ data: { userId, exerciseId, yaml: "kind: Pod" } });
    const failingDb = new Proxy(t.db, {
      get(target, key) {
        if (key !== "$transaction") return Reflect.get(target, key);
        return (run: (tx: unknown) => Promise<unknown>) =>
          target.$transaction(async (tx) => {
            await run(tx);
            throw new Error("commit refused");
          });
      },
    });
    await expect(gradeSubmission(failingDb, submission.id, async () => verdict(100), log)).rejects.toThrow("commit refused");
    expect(await t.db.leaderboardEntry.count({ where: { userId } })).toBe(0);
  });
});

describe("ranking", () => {
  it("sums points over exercises and ranks the higher total first", async () => {
    const when = at("2020-03-02T10:00:00Z");
    const period = isoWeekPeriod(when);
    const low = await learnerWith(50, when);
    const high = await learnerWith(30, when);
    await t.db.$transaction((tx) =>
      recordBestScoreRise(tx, { userId: high, exerciseId: "two-containers", previousBest: 0, newBest: 100, at: at("2020-03-03T10:00:00Z") }),
    );
    const { points } = await t.db.exercise.findUniqueOrThrow({ where: { id: "two-containers" }, select: { points: true } });
    const page = await readLeaderboardPage(t.db, everyone(period), 1, 50);
    expect(page.rows.map((row) => [row.userId, row.scorePoints])).toEqual([
      [high, 300 + 100 * points],
      [low, 500],
    ]);
  });

  it("breaks a tie by who reached the total first, whatever the order of arrival", async () => {
    const period = isoWeekPeriod(at("2020-04-06T00:00:00Z"));
    const later = await learnerWith(80, at("2020-04-07T12:00:00Z"));
    const earlier = await learnerWith(80, at("2020-04-07T09:00:00Z"));
    const { rows } = await readLeaderboardPage(t.db, everyone(period), 1, 50);
    expect(rows.map((row) => [row.rank, row.userId])).toEqual([
      [1, earlier],
      [2, later],
    ]);
    expect(await readStanding(t.db, everyone(period), later)).toEqual({ rank: 2, scorePoints: 800 });
    expect(await readStanding(t.db, everyone(period), earlier)).toEqual({ rank: 1, scorePoints: 800 });
  });

  it("pages through the board and says when a next page exists", async () => {
    const period = isoWeekPeriod(at("2020-05-04T00:00:00Z"));
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await learnerWith(90 - 10 * i, at("2020-05-05T00:00:00Z")));
    const pages = [await readLeaderboardPage(t.db, everyone(period), 1, 2), await readLeaderboardPage(t.db, everyone(period), 2, 2), await readLeaderboardPage(t.db, everyone(period), 3, 2)];
    expect(pages.map((page) => page.rows.map((row) => row.userId))).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
    expect(pages.map((page) => page.hasNextPage)).toEqual([true, true, false]);
    expect(pages[2]!.rows[0]!.rank).toBe(5);
    expect((await readLeaderboardPage(t.db, everyone(period), 4, 2)).rows).toEqual([]);
  });

  it("shows the viewer's rank when it is far off the page shown", async () => {
    const period = isoWeekPeriod(at("2020-06-01T00:00:00Z"));
    for (let i = 0; i < 6; i++) await learnerWith(90 - 5 * i, at("2020-06-02T00:00:00Z"));
    const viewer = await learnerWith(10, at("2020-06-03T00:00:00Z"));
    const firstPage = await readLeaderboardPage(t.db, everyone(period), 1, 2);
    expect(firstPage.rows.map((row) => row.userId)).not.toContain(viewer);
    expect(await readStanding(t.db, everyone(period), viewer)).toEqual({ rank: 7, scorePoints: 100 });
    expect((await readLeaderboardPage(t.db, everyone(period), 4, 2)).rows.map((row) => [row.rank, row.userId])).toEqual([[7, viewer]]);
  });

  it("leaves hidden learners out of pages and of the ranks of others", async () => {
    const period = isoWeekPeriod(at("2020-07-06T00:00:00Z"));
    const top = await learnerWith(100, at("2020-07-07T00:00:00Z"));
    const hidden = await learnerWith(90, at("2020-07-07T00:00:00Z"));
    const third = await learnerWith(80, at("2020-07-07T00:00:00Z"));
    await t.db.user.update({ where: { id: hidden }, data: { hiddenFromLeaderboard: true } });
    const { rows } = await readLeaderboardPage(t.db, everyone(period), 1, 50);
    expect(rows.map((row) => [row.rank, row.userId])).toEqual([
      [1, top],
      [2, third],
    ]);
    expect(await readStanding(t.db, everyone(period), third)).toMatchObject({ rank: 2 });
    // The hidden learner is told where they would stand.
    expect(await readStanding(t.db, everyone(period), hidden)).toMatchObject({ rank: 2 });

    await t.db.user.update({ where: { id: hidden }, data: { hiddenFromLeaderboard: false } });
    expect(await readStanding(t.db, everyone(period), third)).toMatchObject({ rank: 3 });
  });

  it("counts a rise in the ISO week (UTC) it happened: Sunday 23:59:59.999 and Monday 00:00 are different weeks", async () => {
    const sunday = at("2020-08-09T23:59:59.999Z");
    const monday = at("2020-08-10T00:00:00.000Z");
    const userId = await learnerWith(30, sunday);
    await t.db.$transaction((tx) => recordBestScoreRise(tx, { userId, exerciseId, previousBest: 30, newBest: 100, at: monday }));
    expect(await readStanding(t.db, everyone("2020-W32"), userId)).toEqual({ rank: 1, scorePoints: 300 });
    expect(await readStanding(t.db, everyone("2020-W33"), userId)).toEqual({ rank: 1, scorePoints: 700 });
    expect((await entry(allTimePeriod, userId))!.scorePoints).toBe(1000);
  });

  it("ranks a cohort's members only, among themselves", async () => {
    const when = at("2020-09-07T10:00:00Z");
    const period = isoWeekPeriod(when);
    const outsider = await learnerWith(100, when);
    const first = await learnerWith(70, when);
    const second = await learnerWith(50, when);
    const hidden = await learnerWith(60, when);
    await t.db.user.update({ where: { id: hidden }, data: { hiddenFromLeaderboard: true } });
    const instructor = await createLearner(t.db);
    const cohort = await t.db.cohort.create({
      data: { name: "Class", joinCode: `code-${first}`, instructorId: instructor.id, members: { create: [{ userId: first }, { userId: second }, { userId: hidden }] } },
    });
    const board = { period, cohortId: cohort.id };
    const { rows } = await readLeaderboardPage(t.db, board, 1, 50);
    expect(rows.map((row) => [row.rank, row.userId])).toEqual([
      [1, first],
      [2, second],
    ]);
    expect(await readStanding(t.db, board, second)).toEqual({ rank: 2, scorePoints: 500 });
    expect(await readStanding(t.db, everyone(period), second)).toMatchObject({ rank: 3 });
    expect(rows.map((row) => row.userId)).not.toContain(outsider);
  });

  it("gives no rank to a learner without points in the period", async () => {
    const { id } = await createLearner(t.db);
    expect(await readStanding(t.db, everyone("2020-W40"), id)).toBeNull();
  });
});

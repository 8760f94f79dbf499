// The leaderboards migration's backfill (both dialects: the SQLite file, or its PostgreSQL twin in
// the "postgres" project) run over chosen Progress and submissions: all-time totals from Progress,
// reached when the last best score was first reached; weekly gains replayed from submissions.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLearner } from "../support/accounts.ts";
import { createTestEnv, projectRoot, type TestEnv } from "../support/test-env.ts";

let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv();
});
afterAll(async () => {
  await t.cleanup();
});

/** The statements after "-- Backfill" in this database's leaderboards migration. */
function backfillStatements(): string[] {
  const dir = join(projectRoot, t.databaseUrl.startsWith("file:") ? "prisma/migrations" : "prisma/postgres/migrations");
  const folder = readdirSync(dir).find((name) => name.endsWith("_leaderboards"))!;
  const sql = readFileSync(join(dir, folder, "migration.sql"), "utf8");
  return sql
    .slice(sql.indexOf("-- Backfill"))
    .split(/;\s*\n/)
    .filter((statement) => /^\s*[A-Z]/m.test(statement.replace(/^--.*$/gm, "")));
}

async function graded(userId: string, exerciseId: string, score: number, finishedAt: string) {
  await t.db.submission.create({ data: { userId, exerciseId, yaml: "kind: Pod", status: "graded", score, passed: score === 100, finishedAt: new Date(finishedAt) } });
}

describe("the leaderboards migration's backfill", () => {
  it("builds all-time totals from Progress and weekly gains from graded submissions", async () => {
    const { points: twoContainersPoints } = await t.db.exercise.findUniqueOrThrow({ where: { id: "two-containers" } });
    const { id: replayed } = await createLearner(t.db);
    await graded(replayed, "first-pod", 40, "2020-01-07T10:00:00Z");
    await graded(replayed, "two-containers", 50, "2020-01-08T10:00:00Z");
    await graded(replayed, "first-pod", 100, "2020-01-14T10:00:00Z");
    await graded(replayed, "first-pod", 100, "2020-01-15T10:00:00Z");
    await graded(replayed, "first-pod", 60, "2020-01-16T10:00:00Z");
    await t.db.progress.createMany({
      data: [
        { userId: replayed, exerciseId: "first-pod", bestScore: 100, attempts: 4 },
        { userId: replayed, exerciseId: "two-containers", bestScore: 50, attempts: 1 },
      ],
    });
    // Progress without a submission left: reached when the row last changed.
    const { id: progressOnly } = await createLearner(t.db);
    await t.db.progress.create({ data: { userId: progressOnly, exerciseId: "first-pod", bestScore: 30, attempts: 1, updatedAt: new Date("2020-02-03T08:00:00Z") } });

    await t.db.leaderboardEntry.deleteMany();
    for (const statement of backfillStatements()) await t.db.$executeRawUnsafe(statement);

    const entries = await t.db.leaderboardEntry.findMany({ orderBy: [{ userId: "asc" }, { period: "asc" }], select: { userId: true, period: true, scorePoints: true, reachedAt: true } });
    const of = (userId: string) => entries.filter((entry) => entry.userId === userId).map(({ period, scorePoints, reachedAt }) => ({ period, scorePoints, reachedAt: reachedAt.toISOString() }));
    expect(of(replayed)).toEqual([
      { period: "2020-W02", scorePoints: 400 + 50 * twoContainersPoints, reachedAt: "2020-01-08T10:00:00.000Z" },
      { period: "2020-W03", scorePoints: 600, reachedAt: "2020-01-14T10:00:00.000Z" },
      { period: "all", scorePoints: 1000 + 50 * twoContainersPoints, reachedAt: "2020-01-14T10:00:00.000Z" },
    ]);
    expect(of(progressOnly)).toEqual([{ period: "all", scorePoints: 300, reachedAt: "2020-02-03T08:00:00.000Z" }]);
  });
});

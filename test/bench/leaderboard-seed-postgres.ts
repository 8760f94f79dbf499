// The leaderboard benchmark's data on PostgreSQL, the same shape as leaderboard-seed.ts (which
// writes SQLite) but generated in the server with generate_series and a seeded random(), then the
// PostgreSQL leaderboards migration's own backfill.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { projectRoot } from "../support/test-env.ts";
import { benchCohortId, type SeedCounts } from "./leaderboard-seed.ts";

function backfillSql(): string {
  const dir = join(projectRoot, "prisma/postgres/migrations");
  const folder = readdirSync(dir).find((name) => name.endsWith("_leaderboards"))!;
  const sql = readFileSync(join(dir, folder, "migration.sql"), "utf8");
  return sql.slice(sql.indexOf("-- Backfill"));
}

/** Fills the migrated, empty PostgreSQL database at `url`; returns how long each step took. */
export async function seedLeaderboardDataOnPostgres(url: string, counts: SeedCounts): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const timings: Record<string, number> = {};
  const timed = async (name: string, sql: string) => {
    const started = performance.now();
    await client.query(sql);
    timings[name] = Math.round(performance.now() - started);
  };
  const { users, submissions, exercises, weeks } = counts;
  try {
    await client.query("SELECT setseed(0.8)");
    await timed(
      "exercisesMs",
      `INSERT INTO "Lesson" ("id", "position", "titleEn", "titleZh", "updatedAt") VALUES ('bench', 1, 'Bench', 'Bench', now());
       INSERT INTO "Exercise" ("id", "lessonId", "position", "titleEn", "titleZh", "points", "updatedAt")
         SELECT 'bench-' || i, 'bench', i, 'Exercise ' || i, 'Exercise ' || i, 10 + 5 * (i % 5), now() FROM generate_series(0, ${exercises - 1}) i`,
    );
    await timed(
      "usersMs",
      `CREATE TEMP TABLE skill AS SELECT i, random() AS s FROM generate_series(0, ${users - 1}) i;
       INSERT INTO "User" ("id", "email", "displayName", "hiddenFromLeaderboard", "createdAt", "updatedAt")
         SELECT 'user-' || i, 'student-' || i || '@example.org', 'Student ' || i, random() < 0.02, now(), now() FROM generate_series(0, ${users - 1}) i`,
    );
    await timed(
      "cohortMs",
      `INSERT INTO "Cohort" ("id", "name", "joinCode", "instructorId") VALUES ('${benchCohortId}', 'Bench class', 'BENCH', 'user-0');
       INSERT INTO "CohortMembership" ("cohortId", "userId") SELECT '${benchCohortId}', 'user-' || i FROM generate_series(0, ${users - 1}, 250) i`,
    );
    await timed(
      "submissionsMs",
      `INSERT INTO "Submission" ("id", "userId", "exerciseId", "yaml", "status", "score", "passed", "attempts", "queuedAt", "startedAt", "finishedAt")
       SELECT 'sub-' || n, 'user-' || u, 'bench-' || e, 'kind: Pod', 'graded', score, score = 100, 1, at, at, at
       FROM (
         SELECT x.n, x.u, floor(random() * ${exercises})::int AS e, LEAST(100, 5 * floor(random() * 21 * (0.4 + skill.s))) AS score,
                (now() AT TIME ZONE 'UTC') - random() * interval '${weeks * 7} days' AS at
         FROM (SELECT n, floor(random() * ${users})::int AS u FROM generate_series(0, ${submissions - 1}) n) x JOIN skill ON skill.i = x.u
       ) generated`,
    );
    await timed(
      "progressMs",
      `INSERT INTO "Progress" ("userId", "exerciseId", "bestScore", "attempts", "solvedAt", "updatedAt")
       SELECT "userId", "exerciseId", MAX("score"), COUNT(*), MIN(CASE WHEN "passed" THEN "finishedAt" END), MAX("finishedAt")
       FROM "Submission" GROUP BY "userId", "exerciseId"`,
    );
    await timed("backfillMs", backfillSql());
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
  return timings;
}

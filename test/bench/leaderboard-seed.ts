// Bulk data for the leaderboard benchmark, written with better-sqlite3 prepared statements in one
// transaction per table (a Prisma call per row would take minutes): users, exercises, graded
// submissions spread over the last weeks, a cohort, Progress derived from them in SQL, and the leaderboard
// entries built by the leaderboards migration's own backfill statements.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { projectRoot } from "../support/test-env.ts";

/** The cohort the seed puts every 250th learner in. */
export const benchCohortId = "bench-cohort";

export interface SeedCounts {
  users: number;
  submissions: number;
  exercises: number;
  weeks: number;
}

/** A small deterministic generator (mulberry32), so every run seeds the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A date as Prisma's SQLite adapter stores DateTime: ISO 8601 with "+00:00". */
const prismaDate = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/** The leaderboards migration's backfill: the SQL after its "-- Backfill" line. */
function backfillSql(): string {
  const dir = join(projectRoot, "prisma/migrations");
  const folder = readdirSync(dir).find((name) => name.endsWith("_leaderboards"));
  if (!folder) throw new Error("no leaderboards migration");
  const sql = readFileSync(join(dir, folder, "migration.sql"), "utf8");
  return sql.slice(sql.indexOf("-- Backfill"));
}

/** Fills the migrated, empty SQLite file at `path`; returns how long each step took. `nowMs` ends the activity. */
export function seedLeaderboardData(path: string, counts: SeedCounts, nowMs: number): Record<string, number> {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const next = random(8);
  const timings: Record<string, number> = {};
  const timed = (name: string, step: () => void) => {
    const started = performance.now();
    db.transaction(step)();
    timings[name] = Math.round(performance.now() - started);
  };
  const stamp = prismaDate(nowMs);
  timed("exercisesMs", () => {
    db.prepare(`INSERT INTO "Lesson" ("id", "position", "titleEn", "titleZh", "updatedAt") VALUES ('bench', 1, 'Bench', 'Bench', ?)`).run(stamp);
    const insert = db.prepare(`INSERT INTO "Exercise" ("id", "lessonId", "position", "titleEn", "titleZh", "points", "updatedAt") VALUES (?, 'bench', ?, ?, ?, ?, ?)`);
    for (let i = 0; i < counts.exercises; i++) insert.run(`bench-${i}`, i, `Exercise ${i}`, `练习 ${i}`, 10 + 5 * (i % 5), stamp);
  });
  const skill: number[] = [];
  timed("usersMs", () => {
    const insert = db.prepare(`INSERT INTO "User" ("id", "email", "displayName", "hiddenFromLeaderboard", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`);
    for (let i = 0; i < counts.users; i++) {
      skill.push(next());
      insert.run(`user-${i}`, `student-${i}@example.org`, `Student ${i}`, next() < 0.02 ? 1 : 0, stamp, stamp);
    }
  });
  timed("cohortMs", () => {
    db.prepare(`INSERT INTO "Cohort" ("id", "name", "joinCode", "instructorId", "createdAt") VALUES (?, 'Bench class', 'BENCH', 'user-0', ?)`).run(benchCohortId, stamp);
    const insert = db.prepare(`INSERT INTO "CohortMembership" ("cohortId", "userId", "joinedAt") VALUES (?, ?, ?)`);
    for (let i = 0; i < counts.users; i += 250) insert.run(benchCohortId, `user-${i}`, stamp);
  });
  const spanMs = counts.weeks * 7 * 86_400_000;
  timed("submissionsMs", () => {
    const insert = db.prepare(
      `INSERT INTO "Submission" ("id", "userId", "exerciseId", "yaml", "status", "score", "passed", "attempts", "queuedAt", "startedAt", "finishedAt") VALUES (?, ?, ?, 'kind: Pod', 'graded', ?, ?, 1, ?, ?, ?)`,
    );
    for (let i = 0; i < counts.submissions; i++) {
      const user = Math.floor(next() * counts.users);
      // Scores in steps of 5 so that equal totals are common and the tie-break matters.
      const score = Math.min(100, 5 * Math.floor(next() * 21 * (0.4 + skill[user]!)));
      const at = prismaDate(nowMs - Math.floor(next() * spanMs));
      insert.run(`sub-${i}`, `user-${user}`, `bench-${Math.floor(next() * counts.exercises)}`, score, score === 100 ? 1 : 0, at, at, at);
    }
  });
  timed("progressMs", () => {
    db.exec(`INSERT INTO "Progress" ("userId", "exerciseId", "bestScore", "attempts", "solvedAt", "updatedAt")
      SELECT "userId", "exerciseId", MAX("score"), COUNT(*), MIN(CASE WHEN "passed" THEN "finishedAt" END), MAX("finishedAt")
      FROM "Submission" GROUP BY "userId", "exerciseId"`);
  });
  timed("backfillMs", () => db.exec(backfillSql()));
  db.exec("ANALYZE");
  db.close();
  return timings;
}

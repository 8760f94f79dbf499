/**
 * Benchmark of the cohort page's report (issue 8) on SQLite: a cohort of 400 students, 24
 * exercises and 40,000 graded submissions whose verdicts are full size (a real verdict of the
 * first exercise, traces included, with its checks' outcomes varied), then readCohortReport
 * timed. Prints the median of 5 runs. Run: node --import tsx test/bench/cohort-report-bench.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { readCohortReport } from "../../lib/cohorts/read-cohort-report.ts";
import { createPrismaClient } from "../../lib/db/client.ts";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { syncCurriculum } from "../../lib/lessons/sync-curriculum.ts";
import { courseGrader } from "../../worker/jobs/course-grader.ts";
import { applyMigrations } from "../../worker/cli/prepare-database.ts";

const students = 400;
const submissions = 40_000;

const dir = mkdtempSync(join(tmpdir(), "podlab-cohort-bench-"));
const path = join(dir, "bench.db");
const url = `file:${path}`;
try {
  await applyMigrations(url);
  const lessons = loadCurriculum(resolve(import.meta.dirname, "../../lessons"));
  const db = createPrismaClient(url);
  await syncCurriculum(db, lessons);
  const exercises = (await db.exercise.findMany({ select: { id: true } })).map((exercise) => exercise.id);
  const firstPod = lessons.flatMap((lesson) => lesson.exercises).find((exercise) => exercise.id === "first-pod")!;
  const verdict = (await courseGrader(lessons)("first-pod", firstPod.wrongAnswers[0]!.yaml)) as unknown as { checks: { passed: boolean }[] };
  const sqlite = new Database(path);
  const insert = sqlite.transaction(() => {
    sqlite.prepare(`INSERT INTO "User" ("id", "email", "displayName", "role", "createdAt", "updatedAt") VALUES ('teacher', 'teacher@bench', 'Teacher', 'instructor', 0, 0)`).run();
    sqlite.prepare(`INSERT INTO "Cohort" ("id", "name", "joinCode", "instructorId", "createdAt") VALUES ('c', 'Bench', 'BENCH234', 'teacher', 0)`).run();
    const user = sqlite.prepare(`INSERT INTO "User" ("id", "email", "displayName", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, 'student', 0, 0)`);
    const member = sqlite.prepare(`INSERT INTO "CohortMembership" ("cohortId", "userId", "joinedAt") VALUES ('c', ?, 0)`);
    const submission = sqlite.prepare(
      `INSERT INTO "Submission" ("id", "userId", "exerciseId", "yaml", "status", "verdict", "score", "passed", "queuedAt") VALUES (?, ?, ?, '', 'graded', ?, ?, ?, ?)`,
    );
    const progress = sqlite.prepare(
      `INSERT INTO "Progress" ("userId", "exerciseId", "bestScore", "attempts", "solvedAt", "updatedAt") VALUES (?, ?, ?, 1, ?, 0)
       ON CONFLICT DO UPDATE SET "attempts" = "attempts" + 1, "bestScore" = max("bestScore", excluded."bestScore"), "solvedAt" = coalesce("solvedAt", excluded."solvedAt")`,
    );
    for (let index = 0; index < students; index++) {
      user.run(`s${index}`, `s${index}@bench`, `Student ${index}`);
      member.run(`s${index}`);
    }
    for (let index = 0; index < submissions; index++) {
      const userId = `s${index % students}`;
      const exerciseId = exercises[Math.floor(index / students) % exercises.length]!;
      const passed = index % 3 === 0;
      const checks = verdict.checks.map((check, at) => ({ ...check, passed: passed || (index + at) % 2 === 0 }));
      const score = passed ? 100 : 50;
      submission.run(`sub${index}`, userId, exerciseId, JSON.stringify({ ...verdict, passed, score, checks }), score, passed ? 1 : 0, index * 1000);
      progress.run(userId, exerciseId, score, passed ? index * 1000 : null);
    }
  });
  insert();
  sqlite.close();
  const bytes = JSON.stringify(verdict).length;
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    await readCohortReport(db, "sqlite", "c");
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(`cohort report: ${students} students, ${submissions} submissions (verdicts ~${Math.round(bytes / 1024)} KB): median ${times[2]!.toFixed(0)} ms\n`);
  await db.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

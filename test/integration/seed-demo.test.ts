// `npm run seed:demo` on a fresh database of the project's kind: accounts that can sign in with
// the demo password, every submission graded by the real grader, progress that matches them.
import { join, resolve } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createAuth } from "../../lib/auth/auth.ts";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client.ts";
import { readCohortReport } from "../../lib/cohorts/read-cohort-report.ts";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { demoPassword, seedDemo } from "../../worker/cli/seed-demo.ts";
import { authRequest } from "../support/accounts.ts";
import { createEmptyDatabase } from "../support/test-databases.ts";

const lessons = loadCurriculum(join(resolve(import.meta.dirname, "../.."), "lessons"));
const secret = "demo-seed-test-secret-0123456789abcdef";
let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let db: PrismaClient;
let seeded: { accounts: number; submissions: number; joinCode: string };

beforeAll(async () => {
  database = await createEmptyDatabase(inject("databaseKind"));
  seeded = await seedDemo(database.url, lessons, secret);
  db = createPrismaClient(database.url);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("seed:demo", () => {
  it("makes an admin, an instructor and twelve students, one hidden from leaderboards", async () => {
    expect(seeded.accounts).toBe(14);
    expect(await db.user.count({ where: { role: "admin" } })).toBe(1);
    expect(await db.user.count({ where: { role: "instructor" } })).toBe(1);
    expect(await db.user.count({ where: { role: "student" } })).toBe(12);
    expect(await db.user.count({ where: { hiddenFromLeaderboard: true } })).toBe(1);
  });

  it("grades every submission, with right and wrong answers, and keeps progress in step", async () => {
    expect(await db.submission.count()).toBe(seeded.submissions);
    expect(await db.submission.count({ where: { status: { not: "graded" } } })).toBe(0);
    expect(await db.submission.count({ where: { score: 100 } })).toBeGreaterThan(10);
    expect(await db.submission.count({ where: { score: { lt: 100 } } })).toBeGreaterThan(10);
    const attempts = await db.progress.aggregate({ _sum: { attempts: true } });
    expect(attempts._sum.attempts).toBe(seeded.submissions);
    expect(await db.progress.count({ where: { solvedAt: { not: null } } })).toBeGreaterThan(10);
    // Graded through the workers' own code, so the leaderboard totals are there too.
    expect(await db.leaderboardEntry.count({ where: { period: "all", scorePoints: { gt: 0 } } })).toBeGreaterThan(5);
  });

  it("puts every student in the demo instructor's cohort, whose page has figures to show", async () => {
    const cohort = await db.cohort.findUniqueOrThrow({ where: { joinCode: seeded.joinCode }, include: { instructor: true, _count: { select: { members: true } } } });
    expect(cohort.instructor.email).toBe("instructor@demo.podlab.test");
    expect(cohort._count.members).toBe(12);
    const report = await readCohortReport(db, inject("databaseKind"), cohort.id);
    expect(report.students).toHaveLength(12);
    expect(report.exercises.some((exercise) => (exercise.passRate ?? 0) > 0 && exercise.medianAttemptsToPass !== null)).toBe(true);
    expect(report.failedChecks.length).toBeGreaterThan(0);
  });

  it("lets people sign in with the demo password", async () => {
    const auth = createAuth(db, { secret, publicUrl: undefined, port: 3000, database: inject("databaseKind"), log: pino({ level: "silent" }) });
    const response = await auth.handler(
      authRequest("http://localhost:3000", "/sign-in/email", { email: "student1@demo.podlab.test", password: demoPassword }, { "x-forwarded-for": "10.9.9.9" }),
    );
    expect(response.status).toBe(200);
  });

  it("refuses to seed the same database twice", async () => {
    await db.$disconnect();
    await expect(seedDemo(database.url, lessons, secret)).rejects.toThrow(/already there/);
  });
});

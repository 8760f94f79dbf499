// `npm run seed:demo`: demo data for development, so the site's pages show something real: an
// admin, an instructor and twelve students (one hidden from leaderboards) who have worked through
// the first lessons with a mix of wrong and right answers, all in the instructor's cohort. Every submission is graded by the real
// grader through the same code the workers use (gradeSubmission), so verdicts, progress and any
// aggregate kept beside them are exactly what grading would have stored.
// Refuses to run twice on the same database; never run it against a site with real learners.
import { resolve } from "node:path";
import { pino } from "pino";
import { type Auth, createAuth } from "../../lib/auth/auth.ts";
import { createAccount } from "../../lib/auth/create-account.ts";
import { resolveAuthSecret } from "../../lib/auth/auth-secret.ts";
import { createCohort } from "../../lib/cohorts/create-cohort.ts";
import { getConfig } from "../../lib/config/config.ts";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client.ts";
import { databaseKind } from "../../lib/db/database-kind.ts";
import { type Lesson, loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { syncCurriculum } from "../../lib/lessons/sync-curriculum.ts";
import { courseGrader } from "../jobs/course-grader.ts";
import { gradeSubmission } from "../jobs/grade-submission.ts";
import { applyMigrations, resolveDatabaseUrl, tuneDatabase } from "./prepare-database.ts";

const root = resolve(import.meta.dirname, "../..");
export const demoPassword = "podlab demo password";
const demoDomain = "demo.podlab.test";

const students = [
  "Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov", "Ken Thompson",
  "李娜", "王伟", "Margaret Hamilton", "Linus Torvalds", "Radia Perlman", "Leslie Lamport",
];

/** A fixed pseudo-random stream: the same demo every time. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function createDemoAccount(db: PrismaClient, auth: Auth, email: string, name: string, role: "student" | "instructor" | "admin") {
  const { id } = await createAccount(auth, { email, name, role }, demoPassword);
  return db.user.findUniqueOrThrow({ where: { id } });
}

/** Seeds `databaseUrl`; returns how many accounts and submissions it made. */
export async function seedDemo(
  databaseUrl: string,
  lessons: readonly Lesson[],
  authSecret: string,
  log = pino({ level: "warn" }),
): Promise<{ accounts: number; submissions: number; joinCode: string }> {
  await applyMigrations(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  try {
    await tuneDatabase(db, databaseUrl);
    await syncCurriculum(db, [...lessons]);
    if ((await db.user.count({ where: { email: { endsWith: `@${demoDomain}` } } })) > 0) {
      throw new Error(`demo data is already there (accounts @${demoDomain})`);
    }
    const config = getConfig();
    const auth = createAuth(db, { secret: authSecret, publicUrl: config.PUBLIC_URL, port: config.PORT, database: databaseKind(databaseUrl), log });

    await createDemoAccount(db, auth, `admin@${demoDomain}`, "Demo Admin", "admin");
    const instructor = await createDemoAccount(db, auth, `instructor@${demoDomain}`, "Demo Instructor", "instructor");
    const learners = [];
    for (const [index, name] of students.entries()) learners.push(await createDemoAccount(db, auth, `student${index + 1}@${demoDomain}`, name, "student"));
    await db.user.update({ where: { id: learners[learners.length - 1]!.id }, data: { hiddenFromLeaderboard: true } });
    const cohort = await createCohort(db, instructor.id, "Pods 101 (demo)");
    await db.cohortMembership.createMany({ data: learners.map((learner) => ({ cohortId: cohort.id, userId: learner.id })) });

    // Students got further the earlier they are in the list; each tries wrong answers before the right one.
    const exercises = lessons.flatMap((lesson) => lesson.exercises).filter((exercise) => exercise.wrongAnswers.length > 0);
    const grade = courseGrader([...lessons]);
    const grader = async (exerciseId: string, yaml: string) => grade(exerciseId, yaml);
    const random = seededRandom(2026);
    let submissions = 0;
    for (const [index, learner] of learners.entries()) {
      const reach = Math.max(1, Math.round(exercises.length * (1 - index / learners.length) * 0.8));
      for (const exercise of exercises.slice(0, reach)) {
        const wrongTries = Math.floor(random() * 3);
        const answers = [...exercise.wrongAnswers.slice(0, wrongTries).map((answer) => answer.yaml)];
        if (random() < 0.85) answers.push(exercise.solutions[0]!);
        for (const yaml of answers) {
          const { id } = await db.submission.create({ data: { userId: learner.id, exerciseId: exercise.id, yaml } });
          await gradeSubmission(db, id, grader, log);
          submissions++;
        }
      }
    }
    return { accounts: learners.length + 2, submissions, joinCode: cohort.joinCode };
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  const config = getConfig();
  const databaseUrl = resolveDatabaseUrl(config.DATABASE_URL, root);
  const secret = resolveAuthSecret(config.AUTH_SECRET, resolve(root, "data/auth-secret"));
  const { accounts, submissions, joinCode } = await seedDemo(databaseUrl, loadCurriculum(resolve(root, "lessons")), secret);
  process.stdout.write(
    `seeded ${accounts} accounts and ${submissions} graded submissions\n` +
      `sign in as admin@${demoDomain}, instructor@${demoDomain} or student1@${demoDomain} … student${students.length}@${demoDomain}\n` +
      `password for all: ${demoPassword}\n` +
      `the instructor's cohort "Pods 101 (demo)" has every student; its join code is ${joinCode}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`seed:demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

// Everything the cohort page and its CSV show: the students × exercises matrix of best scores and
// each exercise's figures, read with a bounded number of queries whatever the cohort's size (the
// matrix is at most students × exercises Progress rows; attempts to pass are counted in SQL).
import type { DatabaseKind } from "../db/database-kind.ts";
import type { PrismaClient } from "../db/client.ts";
import { exerciseFigures, type ExerciseFigures } from "./cohort-figures.ts";
import { type FailedCheck, readFailedChecks } from "./read-failed-checks.ts";

/** One column of the matrix: an exercise, in course order, with its figures. */
export interface ReportExercise extends ExerciseFigures {
  id: string;
  title: { en: string; zh: string };
}

/** One row of the matrix: a student and their best score per exercise (null: never graded). */
export interface ReportStudent {
  userId: string;
  displayName: string;
  email: string;
  /** Aligned with the report's `exercises`; best scores 0..100. */
  bestScores: (number | null)[];
  solvedCount: number;
}

/** A cohort's matrix and figures. */
export interface CohortReport {
  exercises: ReportExercise[];
  students: ReportStudent[];
  failedChecks: FailedCheck[];
}

/** How many of the most failed checks the report lists. */
const failedChecksShown = 10;

type AttemptsRow = { exerciseId: string; attempts: number | bigint };

/** Per (student, exercise) that was passed: graded submissions up to and including the first passing one. */
function readAttemptsToPass(db: PrismaClient, cohortId: string): Promise<AttemptsRow[]> {
  return db.$queryRaw<AttemptsRow[]>`
    SELECT s."exerciseId", COUNT(*) AS "attempts"
    FROM "Submission" s
    JOIN (
      SELECT p."userId", p."exerciseId", MIN(p."queuedAt") AS "firstPassAt"
      FROM "Submission" p
      WHERE p."userId" IN (SELECT "userId" FROM "CohortMembership" WHERE "cohortId" = ${cohortId})
        AND p."status" = 'graded' AND p."passed" = true
      GROUP BY p."userId", p."exerciseId"
    ) f ON f."userId" = s."userId" AND f."exerciseId" = s."exerciseId"
    WHERE s."status" = 'graded' AND s."queuedAt" <= f."firstPassAt"
    GROUP BY s."userId", s."exerciseId"`;
}

function readStudents(db: PrismaClient, cohortId: string) {
  return db.cohortMembership.findMany({
    where: { cohortId },
    select: { user: { select: { id: true, displayName: true, email: true } } },
    orderBy: [{ user: { displayName: "asc" } }, { userId: "asc" }],
  });
}

function readExercises(db: PrismaClient) {
  return db.exercise.findMany({
    select: { id: true, titleEn: true, titleZh: true },
    orderBy: [{ lesson: { position: "asc" } }, { position: "asc" }, { id: "asc" }],
  });
}

function readProgress(db: PrismaClient, cohortId: string) {
  return db.progress.findMany({
    where: { user: { cohortMemberships: { some: { cohortId } } } },
    select: { userId: true, exerciseId: true, bestScore: true, solvedAt: true },
  });
}

/** Groups `items` into lists by `keyOf`. Pure. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The matrix and figures of cohort `cohortId` (the caller checks who may see them). */
export async function readCohortReport(db: PrismaClient, kind: DatabaseKind, cohortId: string): Promise<CohortReport> {
  const [memberships, exerciseRows, progress, attempts, failedChecks] = await Promise.all([
    readStudents(db, cohortId),
    readExercises(db),
    readProgress(db, cohortId),
    readAttemptsToPass(db, cohortId),
    readFailedChecks(db, kind, cohortId, failedChecksShown),
  ]);
  const progressByUser = groupBy(progress, (row) => row.userId);
  const solvedByExercise = groupBy(progress.filter((row) => row.solvedAt !== null), (row) => row.exerciseId);
  const attemptsByExercise = groupBy(attempts, (row) => row.exerciseId);
  const exercises = exerciseRows.map((row) => ({
    id: row.id,
    title: { en: row.titleEn, zh: row.titleZh },
    ...exerciseFigures(
      memberships.length,
      solvedByExercise.get(row.id)?.length ?? 0,
      (attemptsByExercise.get(row.id) ?? []).map((item) => Number(item.attempts)),
    ),
  }));
  const students = memberships.map(({ user }) => {
    const own = new Map((progressByUser.get(user.id) ?? []).map((row) => [row.exerciseId, row]));
    return {
      userId: user.id,
      displayName: user.displayName,
      email: user.email,
      bestScores: exercises.map((exercise) => own.get(exercise.id)?.bestScore ?? null),
      solvedCount: [...own.values()].filter((row) => row.solvedAt !== null).length,
    };
  });
  return { exercises, students, failedChecks };
}

import type { Prisma } from "../db/client.ts";
import { allTimePeriod } from "./leaderboard-period.ts";

/**
 * Brings all-time totals in line with an exercise whose points changed from `oldPoints` to
 * `newPoints` (an edited exercise file), as the profile, which sums Progress, already is: every
 * learner with a best score on it gains or loses bestScore × the difference. Their reachedAt is
 * kept. Weekly boards keep the points as they were earned. Run it in the transaction that
 * changes the exercise.
 */
export async function repriceExercise(tx: Prisma.TransactionClient, exerciseId: string, oldPoints: number, newPoints: number): Promise<void> {
  const delta = newPoints - oldPoints;
  if (delta === 0) return;
  await tx.$executeRaw`
    UPDATE "LeaderboardEntry" SET "scorePoints" = "scorePoints" + (
      SELECT CAST(ROUND(p."bestScore" * ${delta}) AS INTEGER) FROM "Progress" p
      WHERE p."userId" = "LeaderboardEntry"."userId" AND p."exerciseId" = ${exerciseId})
    WHERE "period" = ${allTimePeriod}
      AND "userId" IN (SELECT "userId" FROM "Progress" WHERE "exerciseId" = ${exerciseId} AND "bestScore" > 0)`;
  // Learners without an entry had nothing before (this exercise was worth 0): start theirs.
  await tx.$executeRaw`
    INSERT INTO "LeaderboardEntry" ("period", "userId", "scorePoints", "reachedAt")
    SELECT ${allTimePeriod}, p."userId", CAST(ROUND(p."bestScore" * ${newPoints}) AS INTEGER), p."updatedAt" FROM "Progress" p
    WHERE p."exerciseId" = ${exerciseId} AND p."bestScore" > 0
      AND NOT EXISTS (SELECT 1 FROM "LeaderboardEntry" e WHERE e."period" = ${allTimePeriod} AND e."userId" = p."userId")`;
}

import type { Prisma } from "../db/client.ts";
import { allTimePeriod, isoWeekPeriod, scorePointsGained } from "./leaderboard-period.ts";

/** A learner's best score on one exercise went up from `previousBest` to `newBest` (both 0..100) at `at`. */
export interface BestScoreRise {
  userId: string;
  exerciseId: string;
  previousBest: number;
  newBest: number;
  at: Date;
}

/**
 * Adds a best-score rise to the learner's all-time total and to the total of the ISO week it
 * happened in. Call it inside the transaction that records the verdict, so the leaderboards never
 * disagree with Progress. One atomic upsert statement adds to both totals: concurrent rises of one
 * learner add up rather than overwrite. Raw SQL (SQLite and PostgreSQL alike), as it runs for
 * every verdict that raises a best score: Prisma's model queries cost ~10× the CPU.
 */
export async function recordBestScoreRise(tx: Prisma.TransactionClient, rise: BestScoreRise): Promise<void> {
  const [exercise] = await tx.$queryRaw<{ points: number }[]>`SELECT points FROM "Exercise" WHERE id = ${rise.exerciseId}`;
  const gained = scorePointsGained(rise.previousBest, rise.newBest, exercise?.points ?? 0);
  if (gained === 0) return;
  await tx.$executeRaw`
    INSERT INTO "LeaderboardEntry" (period, "userId", "scorePoints", "reachedAt")
    VALUES (${allTimePeriod}, ${rise.userId}, ${gained}, ${rise.at}), (${isoWeekPeriod(rise.at)}, ${rise.userId}, ${gained}, ${rise.at})
    ON CONFLICT (period, "userId") DO UPDATE
    SET "scorePoints" = "LeaderboardEntry"."scorePoints" + excluded."scorePoints", "reachedAt" = excluded."reachedAt"`;
}

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
 * disagree with Progress. Each upsert is one atomic statement: concurrent rises of one learner add
 * up rather than overwrite.
 */
export async function recordBestScoreRise(tx: Prisma.TransactionClient, rise: BestScoreRise): Promise<void> {
  const exercise = await tx.exercise.findUnique({ where: { id: rise.exerciseId }, select: { points: true } });
  const gained = scorePointsGained(rise.previousBest, rise.newBest, exercise?.points ?? 0);
  if (gained === 0) return;
  for (const period of [allTimePeriod, isoWeekPeriod(rise.at)]) {
    await tx.leaderboardEntry.upsert({
      where: { period_userId: { period, userId: rise.userId } },
      create: { period, userId: rise.userId, scorePoints: gained, reachedAt: rise.at },
      update: { scorePoints: { increment: gained }, reachedAt: rise.at },
    });
  }
}

// How progress is summed up, for the profile now and leaderboards later. Pure.

/** What a full score on an exercise is worth times the share of it reached: bestScore is 0..100. */
export function earnedPoints(bestScore: number, exercisePoints: number): number {
  return (bestScore * exercisePoints) / 100;
}

/** A UTC calendar day, YYYY-MM-DD. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Consecutive UTC days with a solve, counting back from today, or from yesterday when today has
 * none yet (a streak is not lost until a whole day passes without a solve).
 */
export function streakDays(solveDays: Iterable<string>, now: Date): number {
  const days = new Set(solveDays);
  let cursor = now.getTime();
  if (!days.has(utcDay(new Date(cursor)))) cursor -= dayMs;
  let streak = 0;
  while (days.has(utcDay(new Date(cursor)))) {
    streak++;
    cursor -= dayMs;
  }
  return streak;
}

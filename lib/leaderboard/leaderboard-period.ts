// Which totals a leaderboard ranks: all time, or the points gained in one ISO 8601 week (UTC,
// Monday 00:00 to the next Monday 00:00). Pure.

/** The period key of the all-time board in LeaderboardEntry. */
export const allTimePeriod = "all";

const dayMs = 24 * 60 * 60 * 1000;

/** The Monday 00:00 UTC that starts the ISO week holding `date`. */
export function isoWeekStart(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const daysSinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - daysSinceMonday * dayMs);
}

/**
 * The ISO 8601 week holding `date`, in UTC, as the LeaderboardEntry period key ("2026-W48"). The
 * week-year is the year of the week's Thursday, so 2027-01-01 (a Friday) is in "2026-W53".
 * The migration's backfill computes the same key in SQL (strftime '%G-W%V', to_char 'IYYY-"W"IW').
 */
export function isoWeekPeriod(date: Date): string {
  const thursday = new Date(isoWeekStart(date).getTime() + 3 * dayMs);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * dayMs)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** Hundredths of a point earned by raising a best score (0..100) on an exercise worth `exercisePoints`. */
export function scorePointsGained(previousBest: number, newBest: number, exercisePoints: number): number {
  return Math.round(Math.max(0, newBest - previousBest) * exercisePoints);
}

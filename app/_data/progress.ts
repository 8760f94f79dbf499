import "server-only";
import { getDb } from "@/lib/db/client.ts";
import { earnedPoints, streakDays, utcDay } from "@/lib/progress/progress-stats.ts";
import type { Viewer } from "./viewer.ts";

/** One recent submission on the profile. */
export interface ActivityItem {
  submissionId: string;
  exerciseId: string;
  status: "queued" | "running" | "graded" | "failed";
  score: number | null;
  passed: boolean | null;
  queuedAt: string;
}

/** What the profile page shows of one learner's progress. */
export interface ProfileSummary {
  solvedCount: number;
  /** Sum over exercises of best score × the exercise's points, rounded to a whole number. */
  points: number;
  streakDays: number;
  recent: ActivityItem[];
}

/** How far a streak can reach back; a longer one is still shown as this many days. */
const streakLookbackDays = 366;
const recentCount = 10;

/** The signed-in viewer's own progress: solved, points, streak, recent submissions. */
export async function getOwnProfile(viewer: Viewer, now = new Date()): Promise<ProfileSummary> {
  const db = getDb();
  const [progress, passedRows, recentRows] = await Promise.all([
    db.progress.findMany({ where: { userId: viewer.id }, select: { bestScore: true, solvedAt: true, exercise: { select: { points: true } } } }),
    db.submission.findMany({
      where: { userId: viewer.id, passed: true, queuedAt: { gte: new Date(now.getTime() - streakLookbackDays * 86_400_000) } },
      select: { finishedAt: true },
    }),
    db.submission.findMany({
      where: { userId: viewer.id },
      orderBy: { queuedAt: "desc" },
      take: recentCount,
      select: { id: true, exerciseId: true, status: true, score: true, passed: true, queuedAt: true },
    }),
  ]);
  const points = progress.reduce((sum, row) => sum + earnedPoints(row.bestScore, row.exercise.points), 0);
  const solveDays = passedRows.flatMap((row) => (row.finishedAt ? [utcDay(row.finishedAt)] : []));
  return {
    solvedCount: progress.filter((row) => row.solvedAt !== null).length,
    points: Math.round(points),
    streakDays: streakDays(solveDays, now),
    recent: recentRows.map((row) => ({
      submissionId: row.id,
      exerciseId: row.exerciseId,
      status: row.status,
      score: row.score,
      passed: row.passed,
      queuedAt: row.queuedAt.toISOString(),
    })),
  };
}

/** Ids of the exercises the viewer has solved (for per-lesson completion on the course home). */
export async function listSolvedExerciseIds(viewer: Viewer): Promise<Set<string>> {
  const rows = await getDb().progress.findMany({ where: { userId: viewer.id, solvedAt: { not: null } }, select: { exerciseId: true } });
  return new Set(rows.map((row) => row.exerciseId));
}

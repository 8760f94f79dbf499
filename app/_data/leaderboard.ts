import "server-only";
import { getDb } from "@/lib/db/client.ts";
import { allTimePeriod, isoWeekPeriod, isoWeekStart } from "@/lib/leaderboard/leaderboard-period.ts";
import { readLeaderboardPage, readStanding } from "@/lib/leaderboard/read-leaderboard.ts";
import type { Viewer } from "./viewer.ts";

/** Which board: every point ever earned, or the points gained this ISO week (UTC). */
export type BoardKind = "all-time" | "week";

/** Rows per leaderboard page. */
export const leaderboardPageSize = 50;

/** One line of a board as pages show it. */
export interface LeaderboardLine {
  rank: number;
  displayName: string;
  /** Points, to the hundredth (best scores are whole percentages). */
  points: number;
  isViewer: boolean;
}

/** A cohort the viewer may see the board of. */
export interface CohortChoice {
  id: string;
  name: string;
}

/** One page of a board, with where the viewer stands on it. */
export interface LeaderboardView {
  board: BoardKind;
  /** The cohort the board is restricted to, or null for everyone. */
  cohort: CohortChoice | null;
  /** The cohorts the viewer belongs to or teaches, to switch to. */
  cohorts: CohortChoice[];
  /** For the weekly board: its Monday 00:00 UTC and the next Monday's, as ISO strings. */
  week: { startsAt: string; endsAt: string } | null;
  page: number;
  lines: LeaderboardLine[];
  hasNextPage: boolean;
  viewer: {
    isHidden: boolean;
    /** Null until the viewer has points on this board. A hidden viewer gets the rank they would have. */
    standing: { rank: number; points: number; page: number } | null;
  };
}

const toPoints = (scorePoints: number) => scorePoints / 100;

/** The cohorts `viewer` is a member or the instructor of, by name. */
async function listOwnCohorts(viewer: Viewer): Promise<CohortChoice[]> {
  return getDb().cohort.findMany({
    where: { OR: [{ members: { some: { userId: viewer.id } } }, { instructorId: viewer.id }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

/** Whether `viewer` may see the board of `cohortId`: its members, its instructor and admins may. */
function mayViewCohort(viewer: Viewer, cohortId: string, ownCohorts: CohortChoice[]): boolean {
  return viewer.role === "admin" || ownCohorts.some((cohort) => cohort.id === cohortId);
}

/**
 * Page `page` of `board` for a signed-in viewer, over everyone or over cohort `cohortId`, and the
 * viewer's own rank wherever it falls. Null when the cohort does not exist or is not the viewer's.
 */
export async function getLeaderboard(viewer: Viewer, board: BoardKind, page: number, cohortId: string | null, now = new Date()): Promise<LeaderboardView | null> {
  const db = getDb();
  const cohorts = await listOwnCohorts(viewer);
  if (cohortId !== null && !mayViewCohort(viewer, cohortId, cohorts)) return null;
  const cohort = cohortId === null ? null : await db.cohort.findUnique({ where: { id: cohortId }, select: { id: true, name: true } });
  if (cohortId !== null && !cohort) return null;
  const query = { period: board === "week" ? isoWeekPeriod(now) : allTimePeriod, cohortId };
  // The hidden flag is read here rather than from the session, so a change shows at once.
  const [found, standing, user] = await Promise.all([
    readLeaderboardPage(db, query, page, leaderboardPageSize),
    readStanding(db, query, viewer.id),
    db.user.findUnique({ where: { id: viewer.id }, select: { hiddenFromLeaderboard: true } }),
  ]);
  const weekStart = isoWeekStart(now);
  return {
    board,
    cohort,
    cohorts,
    week: board === "week" ? { startsAt: weekStart.toISOString(), endsAt: new Date(weekStart.getTime() + 7 * 86_400_000).toISOString() } : null,
    page,
    lines: found.rows.map((row) => ({ rank: row.rank, displayName: row.displayName, points: toPoints(row.scorePoints), isViewer: row.userId === viewer.id })),
    hasNextPage: found.hasNextPage,
    viewer: {
      isHidden: user?.hiddenFromLeaderboard === true,
      standing: standing && { rank: standing.rank, points: toPoints(standing.scorePoints), page: Math.ceil(standing.rank / leaderboardPageSize) },
    },
  };
}

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

/** One page of a board, with where the viewer stands on it. */
export interface LeaderboardView {
  board: BoardKind;
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

/** Page `page` of `board` for a signed-in viewer, and the viewer's own rank wherever it falls. */
export async function getLeaderboard(viewer: Viewer, board: BoardKind, page: number, now = new Date()): Promise<LeaderboardView> {
  const db = getDb();
  const period = board === "week" ? isoWeekPeriod(now) : allTimePeriod;
  // The hidden flag is read here rather than from the session, so a change shows at once.
  const [found, standing, user] = await Promise.all([
    readLeaderboardPage(db, period, page, leaderboardPageSize),
    readStanding(db, period, viewer.id),
    db.user.findUnique({ where: { id: viewer.id }, select: { hiddenFromLeaderboard: true } }),
  ]);
  const weekStart = isoWeekStart(now);
  return {
    board,
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

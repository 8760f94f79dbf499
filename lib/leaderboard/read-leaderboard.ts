// Leaderboard pages and ranks, read from LeaderboardEntry's index (period, scorePoints DESC,
// reachedAt, userId). A page walks that index from its offset; a rank counts the entries of the
// period with at least the learner's total, a range of the same index. Hidden students are taken
// out with NOT IN over the (small) set of hidden users, found through User's index on the flag,
// so neither query joins User row by row; only a page's own rows look up their display names.
// A cohort's board adds one condition of the same kind: "userId" IN (its members).
// Raw SQL, valid on SQLite and PostgreSQL alike, because Prisma's relation filter joins User for
// every row the offset skips (about 5× slower at 10,000 learners; test/bench/leaderboard-bench.ts).
import type { PrismaClient } from "../db/client.ts";
import { Prisma } from "../db/generated/client.ts";

/** Which board: a period ("all" or an ISO week), over everyone or over one cohort's members. */
export interface Board {
  period: string;
  cohortId: string | null;
}

/** The condition that keeps a board's entries (as `alias`) to its cohort, if it has one. */
function inCohort(board: Board, alias: string): Prisma.Sql {
  if (board.cohortId === null) return Prisma.empty;
  return Prisma.sql`AND ${Prisma.raw(alias)}."userId" IN (SELECT "userId" FROM "CohortMembership" WHERE "cohortId" = ${board.cohortId})`;
}

/** One learner's line on a board. scorePoints are hundredths of a point. */
export interface LeaderboardRow {
  rank: number;
  userId: string;
  displayName: string;
  scorePoints: number;
}

/** One page of a board; `hasNextPage` says whether a later page has rows. */
export interface LeaderboardPage {
  page: number;
  rows: LeaderboardRow[];
  hasNextPage: boolean;
}

/** Page `page` (from 1) of `board`, `pageSize` rows: best first, then who got there first. */
export async function readLeaderboardPage(db: PrismaClient, board: Board, page: number, pageSize: number): Promise<LeaderboardPage> {
  // One more row than shown tells whether there is a next page without counting the board.
  const entries = await db.$queryRaw<{ userId: string; scorePoints: number | bigint; displayName: string }[]>`
    SELECT p."userId", p."scorePoints", u."displayName"
    FROM (
      SELECT "userId", "scorePoints", "reachedAt" FROM "LeaderboardEntry" e
      WHERE e."period" = ${board.period} AND e."scorePoints" > 0
        AND e."userId" NOT IN (SELECT "id" FROM "User" WHERE "hiddenFromLeaderboard" = true) ${inCohort(board, "e")}
      ORDER BY "scorePoints" DESC, "reachedAt" ASC, "userId" ASC
      LIMIT ${pageSize + 1} OFFSET ${(page - 1) * pageSize}
    ) p JOIN "User" u ON u."id" = p."userId"
    ORDER BY p."scorePoints" DESC, p."reachedAt" ASC, p."userId" ASC`;
  const rows = entries.slice(0, pageSize).map((entry, index) => ({
    rank: (page - 1) * pageSize + index + 1,
    userId: entry.userId,
    displayName: entry.displayName,
    scorePoints: Number(entry.scorePoints),
  }));
  return { page, rows, hasNextPage: entries.length > pageSize };
}

/** A learner's standing on one board. */
export interface LeaderboardStanding {
  rank: number;
  scorePoints: number;
}

/**
 * Where `userId` stands on `board`: 1 + the visible entries ahead of them (a higher total, or the
 * same one reached earlier). Null when they have no points in the period. A hidden learner gets
 * the rank they would have. The caller checks that a cohort board's viewer may see it.
 */
export async function readStanding(db: PrismaClient, board: Board, userId: string): Promise<LeaderboardStanding | null> {
  const [own] = await db.$queryRaw<{ scorePoints: number | bigint; ahead: number | bigint }[]>`
    SELECT me."scorePoints",
      (SELECT COUNT(*) FROM "LeaderboardEntry" e
        WHERE e."period" = me."period" AND e."scorePoints" >= me."scorePoints"
          AND (e."scorePoints" > me."scorePoints" OR e."reachedAt" < me."reachedAt"
            OR (e."reachedAt" = me."reachedAt" AND e."userId" < me."userId"))
          AND e."userId" NOT IN (SELECT "id" FROM "User" WHERE "hiddenFromLeaderboard" = true) ${inCohort(board, "e")}) AS "ahead"
    FROM "LeaderboardEntry" me
    WHERE me."period" = ${board.period} AND me."userId" = ${userId} AND me."scorePoints" > 0`;
  return own ? { rank: Number(own.ahead) + 1, scorePoints: Number(own.scorePoints) } : null;
}

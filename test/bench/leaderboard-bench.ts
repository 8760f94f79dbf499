/**
 * Benchmark of the leaderboard queries (issue 8): seeds a scratch SQLite database with 10,000
 * users and 500,000 graded submissions over eight weeks (test/bench/leaderboard-seed.ts), then
 * times what a leaderboard page asks the database for, through the same functions the page calls:
 * the first page, a middle page, the last page, and a learner's rank, all time, this week, and
 * all time within a cohort of 40.
 * Target: under 50 ms per page. Prints one JSON object on stdout:
 * `npm run bench:leaderboard`. USERS and SUBMISSIONS override the sizes; BENCH_DATABASE=postgres
 * measures PostgreSQL instead.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client.ts";
import { allTimePeriod, isoWeekPeriod } from "../../lib/leaderboard/leaderboard-period.ts";
import { type Board, readLeaderboardPage, readStanding } from "../../lib/leaderboard/read-leaderboard.ts";
import { applyMigrations } from "../../worker/cli/prepare-database.ts";
import { createEmptyDatabase } from "../support/test-databases.ts";
import { seedLeaderboardDataOnPostgres } from "./leaderboard-seed-postgres.ts";
import { benchCohortId, seedLeaderboardData } from "./leaderboard-seed.ts";

const pageSize = 50;
const runs = 30;
const targetMs = 50;
/** BENCH_DATABASE=postgres runs it on a scratch database of the PostgreSQL the tests use (PODLAB_TEST_POSTGRES_URL). */
const databaseKindToBench = process.env.BENCH_DATABASE === "postgres" ? "postgres" : "sqlite";
const counts = { users: Number(process.env.USERS ?? 10_000), submissions: Number(process.env.SUBMISSIONS ?? 500_000), exercises: 40, weeks: 8 };

const round = (ms: number) => Number(ms.toFixed(2));

/** Median, p95 and slowest of `runs` timed calls of `query` (after one untimed warm-up). */
async function measure(query: () => Promise<unknown>) {
  await query();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await query();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const medianMs = samples[Math.floor(samples.length / 2)]!;
  return { medianMs: round(medianMs), p95Ms: round(samples[Math.ceil(0.95 * samples.length) - 1]!), maxMs: round(samples.at(-1)!), underTarget: medianMs < targetMs };
}

/** Times one board: pages first, middle and last, and the rank of a middle and the last learner. */
async function benchBoard(db: PrismaClient, board: Board) {
  let lastPage = 1;
  while ((await readLeaderboardPage(db, board, lastPage * 2, pageSize)).hasNextPage) lastPage *= 2;
  while ((await readLeaderboardPage(db, board, lastPage + 1, pageSize)).rows.length > 0) lastPage++;
  const middlePage = Math.ceil(lastPage / 2);
  const middle = (await readLeaderboardPage(db, board, middlePage, pageSize)).rows[0]!;
  const last = (await readLeaderboardPage(db, board, lastPage, pageSize)).rows.at(-1)!;
  return {
    ...board,
    pages: lastPage,
    firstPage: await measure(() => readLeaderboardPage(db, board, 1, pageSize)),
    middlePage: { page: middlePage, ...(await measure(() => readLeaderboardPage(db, board, middlePage, pageSize))) },
    lastPage: await measure(() => readLeaderboardPage(db, board, lastPage, pageSize)),
    middleRank: { rank: middle.rank, ...(await measure(() => readStanding(db, board, middle.userId))) },
    lastRank: { rank: last.rank, ...(await measure(() => readStanding(db, board, last.userId))) },
    // What one page view asks for: its rows and the viewer's own rank.
    middlePageWithRank: await measure(() => Promise.all([readLeaderboardPage(db, board, middlePage, pageSize), readStanding(db, board, last.userId)])),
  };
}

/** A scratch database of the chosen kind, seeded; `drop` removes it. */
async function seededDatabase(now: Date): Promise<{ url: string; seedMs: Record<string, number>; drop: () => Promise<void> }> {
  if (databaseKindToBench === "postgres") {
    const database = await createEmptyDatabase("postgres");
    await applyMigrations(database.url);
    return { ...database, seedMs: await seedLeaderboardDataOnPostgres(database.url, counts) };
  }
  const dir = mkdtempSync(join(tmpdir(), "podlab-leaderboard-bench-"));
  const path = join(dir, "bench.db");
  await applyMigrations(`file:${path}`);
  const seedMs = seedLeaderboardData(path, counts, now.getTime());
  return { url: `file:${path}`, seedMs, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

const now = new Date();
const { url, seedMs, drop } = await seededDatabase(now);
try {
  const db = createPrismaClient(url);
  const boards = [];
  for (const board of [
    { period: allTimePeriod, cohortId: null },
    { period: isoWeekPeriod(now), cohortId: null },
    { period: allTimePeriod, cohortId: benchCohortId },
  ]) {
    boards.push(await benchBoard(db, board));
  }
  await db.$disconnect();
  process.stdout.write(`${JSON.stringify({ database: databaseKindToBench, ...counts, pageSize, runs, targetMs, seedMs, boards }, null, 2)}\n`);
} finally {
  await drop();
}

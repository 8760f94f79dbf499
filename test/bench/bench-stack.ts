// What the site benchmarks share: building the site when stale, and a scratch stack for one run
// (a migrated database with the course loaded — a SQLite file, or with BENCH_DATABASE=postgres a
// database of its own on the tests' PostgreSQL server — Redis, a queue prefix of its own) that
// `cleanup` removes again.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import { pino } from "pino";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client.ts";
import type { Lesson } from "../../lib/lessons/load-curriculum.ts";
import { syncCurriculum } from "../../lib/lessons/sync-curriculum.ts";
import { gradingQueueName, producerConnection } from "../../lib/queue/grading-queue.ts";
import { ensureRedis } from "../../worker/cli/ensure-redis.ts";
import { applyMigrations, tuneDatabase } from "../../worker/cli/prepare-database.ts";
import { createEmptyDatabase } from "../support/test-databases.ts";
import { projectRoot } from "../support/test-env.ts";

/** `buildIfStale` in a child whose output goes to our stderr: stdout carries only the JSON. */
export function buildSiteIfStale(): void {
  const script = "const { buildIfStale } = await import('./worker/cli/build-if-stale.ts'); buildIfStale(process.cwd());";
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], { cwd: projectRoot, stdio: ["ignore", 2, 2] });
  if (result.status !== 0) throw new Error(`building the site failed (exit ${result.status})`);
}

export interface BenchStack {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  /** Open on the scratch database; `cleanup` disconnects it. */
  db: PrismaClient;
  cleanup: () => Promise<void>;
}

export async function startBenchStack(name: string, curriculum: Lesson[]): Promise<BenchStack> {
  const dir = mkdtempSync(join(tmpdir(), `podlab-${name}-`));
  const database =
    process.env.BENCH_DATABASE === "postgres"
      ? await createEmptyDatabase("postgres")
      : { url: `file:${join(dir, `${name}.db`)}`, drop: async () => {} };
  const databaseUrl = database.url;
  const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
  const queuePrefix = `${name}-${randomUUID()}`;
  const redis = await ensureRedis(redisUrl, dir, pino({ level: "warn" }));
  await applyMigrations(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  await tuneDatabase(db, databaseUrl);
  await syncCurriculum(db, curriculum);
  return {
    databaseUrl,
    redisUrl,
    queuePrefix,
    db,
    cleanup: async () => {
      await db.$disconnect();
      await database.drop();
      // BullMQ leaves a connection it was given open: disconnect it, or the process never ends.
      const connection = producerConnection(redisUrl, { enableOfflineQueue: true });
      const queue = new Queue(gradingQueueName, { connection, prefix: queuePrefix });
      await queue.obliterate({ force: true });
      await queue.close();
      connection.disconnect();
      redis?.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

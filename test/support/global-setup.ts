// Once per test project: a migrated template database with the course loaded (each test file
// clones it) — a SQLite file, or for the "postgres" project a database on a real PostgreSQL —
// and a real Redis: the one at REDIS_URL, or one started here when nothing answers there.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pino } from "pino";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db/client.ts";
import type { DatabaseKind } from "../../lib/db/database-kind.ts";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { syncCurriculum } from "../../lib/lessons/sync-curriculum.ts";
import { ensureRedis } from "../../worker/cli/ensure-redis.ts";
import { applyMigrations } from "../../worker/cli/prepare-database.ts";
import { createEmptyDatabase } from "./test-databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseKind: DatabaseKind;
    templateDatabaseUrl: string;
    redisUrl: string;
  }
}

const root = resolve(import.meta.dirname, "../..");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const databaseKind: DatabaseKind = project.name === "postgres" ? "postgres" : "sqlite";
  const template = await createEmptyDatabase(databaseKind);
  await applyMigrations(template.url);
  const db = createPrismaClient(template.url);
  await syncCurriculum(db, loadCurriculum(join(root, "lessons")));
  await db.$disconnect();

  const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
  const host = new URL(redisUrl).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Tests only use a Redis on this machine; REDIS_URL points at ${host}.`);
  }
  const redisDir = mkdtempSync(join(tmpdir(), "podlab-redis-"));
  const startedRedis: ChildProcess | null = await ensureRedis(redisUrl, redisDir, pino({ level: "warn" }));

  project.provide("databaseKind", databaseKind);
  project.provide("templateDatabaseUrl", template.url);
  project.provide("redisUrl", redisUrl);
  return async () => {
    startedRedis?.kill("SIGTERM");
    rmSync(redisDir, { recursive: true, force: true });
    await template.drop();
  };
}

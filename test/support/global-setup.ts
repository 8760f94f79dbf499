// Once per test run: a migrated SQLite template with the course loaded (each test file copies
// it), and a real Redis — the one at REDIS_URL, or one started here when nothing answers there.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pino } from "pino";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db/client.ts";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { syncCurriculum } from "../../lib/lessons/sync-curriculum.ts";
import { ensureRedis } from "../../worker/cli/ensure-redis.ts";
import { applyMigrations } from "../../worker/cli/prepare-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabasePath: string;
    redisUrl: string;
  }
}

const root = resolve(import.meta.dirname, "../..");

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "podlab-test-"));
  const templatePath = join(dir, "template.db");
  applyMigrations(`file:${templatePath}`);
  const db = createPrismaClient(`file:${templatePath}`);
  await syncCurriculum(db, loadCurriculum(join(root, "lessons")));
  await db.$disconnect();

  const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
  const host = new URL(redisUrl).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Tests only use a Redis on this machine; REDIS_URL points at ${host}.`);
  }
  const startedRedis: ChildProcess | null = await ensureRedis(redisUrl, dir, pino({ level: "warn" }));

  project.provide("templateDatabasePath", templatePath);
  project.provide("redisUrl", redisUrl);
  return () => {
    startedRedis?.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
}

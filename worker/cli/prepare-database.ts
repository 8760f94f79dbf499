import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import type { PrismaClient } from "../../lib/db/client.ts";

const require = createRequire(import.meta.url);

/** Applies pending migrations with the Prisma CLI (idempotent). Throws with its output on failure. */
export function applyMigrations(databaseUrl: string): void {
  const prismaCli = require.resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [prismaCli, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Settings for a SQLite file that a web server and several workers write at once: WAL lets
 * readers and one writer work together. The journal mode is stored in the file.
 */
export async function tuneSqlite(db: PrismaClient): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

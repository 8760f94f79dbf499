import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { PrismaClient } from "../../lib/db/client.ts";
import { databaseKind } from "../../lib/db/database-kind.ts";
import { applyPostgresMigrations } from "./postgres-migrate.ts";

const require = createRequire(import.meta.url);

/**
 * Applies pending migrations (idempotent): SQLite with the Prisma CLI, PostgreSQL with PodLab's
 * own runner (postgres-migrate.ts). Throws with the cause on failure.
 */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  if (databaseKind(databaseUrl) === "postgres") {
    await applyPostgresMigrations(databaseUrl);
    return;
  }
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
 * readers and one writer work together. The journal mode is stored in the file. PostgreSQL
 * needs nothing.
 */
export async function tuneDatabase(db: PrismaClient, databaseUrl: string): Promise<void> {
  if (databaseKind(databaseUrl) === "sqlite") await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

/** A SQLite `file:` URL made absolute against a folder (the CLI and the servers run from different places); others unchanged. */
export function resolveDatabaseUrl(databaseUrl: string, root: string): string {
  if (databaseKind(databaseUrl) !== "sqlite") return databaseUrl;
  return `file:${resolve(root, databaseUrl.replace(/^file:/, ""))}`;
}

// Databases for tests. SQLite: a migrated template file that each test file copies. PostgreSQL
// (the "postgres" test project): a migrated template database on a real server that each test
// file clones with CREATE DATABASE … TEMPLATE, and drops afterwards.
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { DatabaseKind } from "../../lib/db/database-kind.ts";

/** Where the "postgres" project finds a server it may create databases on (.ci/run starts one when absent). */
export const postgresAdminUrl = process.env.PODLAB_TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

/** The URL of database `name` on the admin URL's server. */
function postgresDatabaseUrl(name: string): string {
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onPostgres<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL does not answer at ${postgresAdminUrl} (${error instanceof Error ? error.message : String(error)}). ` +
        "The postgres test project needs one: .ci/run starts it, or set PODLAB_TEST_POSTGRES_URL.",
      { cause: error },
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database of this kind; `drop` removes it. */
export async function createEmptyDatabase(kind: DatabaseKind): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "podlab-db-"));
    return { url: `file:${join(dir, "test.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `podlab_test_${randomUUID().replaceAll("-", "")}`;
  await onPostgres((client) => client.query(`CREATE DATABASE "${name}"`));
  return { url: postgresDatabaseUrl(name), drop: () => dropPostgresDatabase(name) };
}

/** A copy of a migrated template database; `drop` removes it. Its clients must be closed first. */
export async function cloneDatabase(templateUrl: string, kind: DatabaseKind): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "podlab-db-"));
    const path = join(dir, "test.db");
    copyFileSync(templateUrl.replace(/^file:/, ""), path);
    return { url: `file:${path}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `podlab_test_${randomUUID().replaceAll("-", "")}`;
  await onPostgres((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return { url: postgresDatabaseUrl(name), drop: () => dropPostgresDatabase(name) };
}

function dropPostgresDatabase(name: string): Promise<void> {
  // FORCE: a killed worker may leave a connection behind for a moment.
  return onPostgres(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

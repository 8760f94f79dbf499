// Applies prisma/postgres/migrations to a PostgreSQL database. Prisma's own `migrate deploy`
// fails through the pg driver adapter (prisma/orm #27403, shared/toolchain.md §4), so PodLab keeps
// its own record of applied migrations in one table, and applies each pending migration in a
// transaction under an advisory lock, so that several machines starting at once apply it once.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

/** Any constant shared by every PodLab process; the lock is held only while migrating. */
const migrationLockKey = 7_151_002;

export const postgresMigrationsDir = join(import.meta.dirname, "../../prisma/postgres/migrations");

/** Applies pending migrations (idempotent); returns the names it applied. */
export async function applyPostgresMigrations(databaseUrl: string, migrationsDir = postgresMigrationsDir): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLockKey]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_podlab_migrations" (
      "name" TEXT PRIMARY KEY,
      "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
    )`);
    const done = new Set((await client.query<{ name: string }>(`SELECT "name" FROM "_podlab_migrations"`)).rows.map((row) => row.name));
    const pending = readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !done.has(entry.name))
      .map((entry) => entry.name)
      .sort();
    for (const name of pending) {
      const sql = readFileSync(join(migrationsDir, name, "migration.sql"), "utf8");
      try {
        await client.query("BEGIN");
        await client.query(sql);
        await client.query(`INSERT INTO "_podlab_migrations" ("name") VALUES ($1)`, [name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`PostgreSQL migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    return pending;
  } finally {
    await client.end();
  }
}

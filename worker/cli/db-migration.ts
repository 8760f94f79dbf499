// `npm run db:migration -- <name>`: after editing prisma/schema.prisma, writes the migration for
// both databases, each the diff from the schema as the last migration left it to the new one:
// a SQLite migration under prisma/migrations and its PostgreSQL twin of the same name under
// prisma/postgres/migrations. The committed prisma/postgres/schema.prisma records "as the last
// migration left it". (Offline, with driver adapters, Prisma's `migrate dev` and
// `migrate diff --from-migrations` fail; shared/toolchain.md §4.)
// Run it again with no name to give a SQLite migration made by hand its PostgreSQL twin.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { postgresSchemaFrom, sqliteSchemaFrom } from "./postgres-schema.ts";

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, "../..");
const sqliteSchemaPath = join(root, "prisma/schema.prisma");
const sqliteMigrations = join(root, "prisma/migrations");
const postgresSchemaPath = join(root, "prisma/postgres/schema.prisma");
const postgresMigrations = join(root, "prisma/postgres/migrations");

const scratch = mkdtempSync(join(tmpdir(), "podlab-migration-"));

function writeScratch(name: string, text: string): string {
  writeFileSync(join(scratch, name), text);
  return join(scratch, name);
}

/** The SQL that takes a database from one schema file's datamodel to another's. */
function migrateDiff(fromSchema: string, toSchema: string): string {
  const args = ["migrate", "diff", "--from-schema-datamodel", fromSchema, "--to-schema-datamodel", toSchema, "--script"];
  const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), ...args], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`prisma migrate diff failed:\n${result.stderr}`);
  return result.stdout;
}

const isEmptyMigration = (sql: string) => !/^\s*[A-Z]/m.test(sql.replace(/^--.*$/gm, ""));

function migrationFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function writeMigration(dir: string, folder: string, sql: string): void {
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, "migration.sql"), sql);
  process.stdout.write(`wrote ${join(dir, folder, "migration.sql").slice(root.length + 1)}\n`);
}

function main(name: string | undefined): void {
  if (name !== undefined && !/^[a-z0-9_]+$/.test(name)) throw new Error("the migration name may hold only a-z, 0-9 and _");

  const lastPostgresSchema = readFileSync(postgresSchemaPath, "utf8");
  const twinless = () => migrationFolders(sqliteMigrations).filter((folder) => !migrationFolders(postgresMigrations).includes(folder));
  // A SQLite migration without a twin was written by hand: it already covers the schema change.
  if (twinless().length === 0) {
    const sqliteSql = migrateDiff(writeScratch("before.prisma", sqliteSchemaFrom(lastPostgresSchema)), sqliteSchemaPath);
    if (!isEmptyMigration(sqliteSql)) {
      if (name === undefined) throw new Error("prisma/schema.prisma changed: give the migration a name, npm run db:migration -- <name>");
      const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      writeMigration(sqliteMigrations, `${stamp}_${name}`, sqliteSql);
    }
  }

  const postgresSchema = postgresSchemaFrom(readFileSync(sqliteSchemaPath, "utf8"));
  const pending = twinless();
  if (pending.length > 1) throw new Error(`several SQLite migrations lack a PostgreSQL twin (${pending.join(", ")}): add them one schema change at a time`);
  if (pending.length === 1) {
    const postgresSql = migrateDiff(postgresSchemaPath, writeScratch("after.prisma", postgresSchema));
    writeMigration(postgresMigrations, pending[0]!, postgresSql);
  }
  writeFileSync(postgresSchemaPath, postgresSchema);
  process.stdout.write("prisma/postgres/schema.prisma is up to date; run `npm run postinstall` to regenerate both clients\n");
}

try {
  main(process.argv[2]);
} catch (error) {
  process.stderr.write(`db:migration: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

// PodLab keeps one schema, prisma/schema.prisma (SQLite). Prisma needs the provider written
// literally and generates one client per provider (shared/toolchain.md §4), so the PostgreSQL
// schema is derived from it, never edited by hand: `npm run db:migration` writes it.

const header = `// GENERATED from prisma/schema.prisma by \`npm run db:migration\`: do not edit.
// The PostgreSQL variant of PodLab's schema; a unit test checks it matches.
`;

/** The lines that differ, as [SQLite, PostgreSQL]; each appears exactly once. */
const differences: [string, string][] = [
  ['provider = "sqlite"', 'provider = "postgresql"'],
  ['output     = "../lib/db/generated"', 'output     = "../../lib/db/generated-pg"'],
  // The CLI only validates this URL (connections go through the driver adapter); a literal keeps
  // `prisma generate` and `migrate diff` working whatever DATABASE_URL holds.
  ['url      = env("DATABASE_URL")', 'url      = "postgresql://localhost/podlab"'],
];

function rewrite(schema: string, pairs: [string, string][], file: string): string {
  let result = schema;
  for (const [from, to] of pairs) {
    if (result.split(from).length !== 2) throw new Error(`${file}: expected the line ${from} once (see worker/cli/postgres-schema.ts)`);
    result = result.replace(from, to);
  }
  return result;
}

/** Derives the PostgreSQL schema text from the SQLite one. Throws when the SQLite schema's shape changed. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  return header + rewrite(sqliteSchema, differences, "prisma/schema.prisma");
}

/**
 * The SQLite schema a derived PostgreSQL schema was made from. The committed PostgreSQL schema is
 * the state after the last migration, so this is the "before" of the next SQLite migration (the
 * CLI's own `--from-migrations` fails offline with a driver adapter).
 */
export function sqliteSchemaFrom(postgresSchema: string): string {
  if (!postgresSchema.startsWith(header)) throw new Error("prisma/postgres/schema.prisma: not a derived schema (header missing)");
  const swapped = differences.map(([sqlite, postgres]): [string, string] => [postgres, sqlite]);
  return rewrite(postgresSchema.slice(header.length), swapped, "prisma/postgres/schema.prisma");
}

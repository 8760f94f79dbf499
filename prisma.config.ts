// Prisma CLI configuration. `engine: "js"` with a driver adapter keeps every command offline:
// without it the CLI downloads a schema-engine binary (see shared/toolchain.md §4).
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { defaultDatabaseUrl } from "./lib/config/database-url.ts";

process.env.DATABASE_URL ||= defaultDatabaseUrl;
const databaseUrl = process.env.DATABASE_URL;
// SQLite creates the file but not its folder; without the folder the CLI fails with an opaque
// "External error". (PostgreSQL is migrated by PodLab's own runner: worker/cli/postgres-migrate.ts.)
if (databaseUrl.startsWith("file:")) mkdirSync(dirname(databaseUrl.replace(/^file:/, "")), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseUrl });
  },
});

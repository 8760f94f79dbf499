// Migrations on a fresh database of the project's kind (SQLite, or PostgreSQL through PodLab's own
// runner): they apply, a second run changes nothing, and several processes starting at once
// apply each migration once.
import { readdirSync } from "node:fs";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../../lib/db/client.ts";
import { postgresMigrationsDir } from "../../worker/cli/postgres-migrate.ts";
import { applyMigrations } from "../../worker/cli/prepare-database.ts";
import { createEmptyDatabase } from "../support/test-databases.ts";

const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const drop of drops.splice(0)) await drop();
});

async function emptyDatabase(): Promise<string> {
  const database = await createEmptyDatabase(inject("databaseKind"));
  drops.push(database.drop);
  return database.url;
}

describe(`migrations on ${inject("databaseKind")}`, () => {
  it("create every table the client uses, and running them again is harmless", async () => {
    const url = await emptyDatabase();
    await applyMigrations(url);
    await applyMigrations(url);
    const db = createPrismaClient(url);
    try {
      const user = await db.user.create({ data: { email: "ada@example.com", displayName: "Ada" } });
      expect(await db.user.count()).toBe(1);
      expect(user.role).toBe("student");
      expect(await db.submission.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

  it.runIf(inject("databaseKind") === "postgres")("apply once when several processes start together", async () => {
    const url = await emptyDatabase();
    await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    const db = createPrismaClient(url);
    try {
      // Without the advisory lock, the second CREATE TABLE would have failed one of the three.
      const applied = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "_podlab_migrations" ORDER BY "name"`);
      expect(applied.map((row) => row.name)).toEqual(readdirSync(postgresMigrationsDir).sort());
    } finally {
      await db.$disconnect();
    }
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom, sqliteSchemaFrom } from "../../../worker/cli/postgres-schema.ts";

const root = resolve(import.meta.dirname, "../../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const folders = (path: string) =>
  readdirSync(join(root, path), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe("the PostgreSQL schema", () => {
  it("is the SQLite schema with only the provider, client output and URL changed", () => {
    const postgres = postgresSchemaFrom(read("prisma/schema.prisma"));
    expect(postgres).toContain('provider = "postgresql"');
    expect(postgres).toContain('output     = "../../lib/db/generated-pg"');
    expect(postgres).not.toContain("sqlite");
    expect(sqliteSchemaFrom(postgres)).toBe(read("prisma/schema.prisma"));
  });

  it("is committed up to date: after editing prisma/schema.prisma, run npm run db:migration -- <name>", () => {
    expect(read("prisma/postgres/schema.prisma")).toBe(postgresSchemaFrom(read("prisma/schema.prisma")));
  });

  it("has a twin migration of the same name for every SQLite migration", () => {
    expect(folders("prisma/postgres/migrations")).toEqual(folders("prisma/migrations"));
  });

  it("refuses a SQLite schema whose datasource no longer has the expected shape", () => {
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "postgresql"\n}\n')).toThrow(/expected the line provider = "sqlite"/);
    expect(() => sqliteSchemaFrom("model User {}\n")).toThrow(/not a derived schema/);
  });
});

import { PrismaPg } from "@prisma/adapter-pg";
import { getConfig } from "../config/config.ts";
import { databaseKind } from "./database-kind.ts";
import { sqliteAdapter } from "./sqlite-adapter.ts";
import { PrismaClient } from "./generated/client.ts";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client.ts";

export type { Prisma } from "./generated/client.ts";
export { PrismaClient };

/** How long a write waits for another process's write to finish before failing (SQLite). */
const busyTimeoutMs = 10_000;

/**
 * Opens a client on a database URL: a SQLite `file:` URL or a `postgresql://` one. Callers own
 * and disconnect it.
 *
 * Prisma generates one client per provider (shared/toolchain.md §4), from two schemas that differ
 * only in the provider (prisma/postgres/schema.prisma is derived from prisma/schema.prisma and a
 * test keeps them equal). Their model APIs are the same, so the rest of PodLab sees one type.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  if (databaseKind(databaseUrl) === "postgres") {
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: sqliteAdapter(databaseUrl, busyTimeoutMs) });
}

const globalForPrisma = globalThis as unknown as { podlabPrisma?: PrismaClient };

/** The process's one PrismaClient, kept on globalThis so Next's dev reloads reuse it. */
export function getDb(): PrismaClient {
  globalForPrisma.podlabPrisma ??= createPrismaClient(getConfig().DATABASE_URL);
  return globalForPrisma.podlabPrisma;
}

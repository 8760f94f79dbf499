import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { getConfig } from "../config/config.ts";
import { PrismaClient } from "./generated/client.ts";

export type { Prisma } from "./generated/client.ts";
export { PrismaClient };

/** How long a write waits for another process's write to finish before failing (SQLite). */
const busyTimeoutMs = 10_000;

/** Opens a client on a database URL (a SQLite `file:` URL). Callers own and disconnect it. */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl, timeout: busyTimeoutMs }) });
}

const globalForPrisma = globalThis as unknown as { podlabPrisma?: PrismaClient };

/** The process's one PrismaClient, kept on globalThis so Next's dev reloads reuse it. */
export function getDb(): PrismaClient {
  globalForPrisma.podlabPrisma ??= createPrismaClient(getConfig().DATABASE_URL);
  return globalForPrisma.podlabPrisma;
}

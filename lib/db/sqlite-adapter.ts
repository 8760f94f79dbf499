// Prisma's SQLite driver adapter, with every transaction begun IMMEDIATE.
//
// The web server and the grading workers are separate processes writing one SQLite file. The
// adapter begins transactions with a plain BEGIN, which takes no lock until the first statement;
// a transaction that reads first (better-auth's rate-limit counter: find the row, then update it)
// then holds a read lock, and SQLite will not wait for the write lock while holding one — waiting
// could deadlock — so it failed at once with "database is locked" whenever another process was
// writing, busy timeout or not. BEGIN IMMEDIATE takes the write lock first, waiting (up to the
// busy timeout) like any single write.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Prepare = (sql: string) => unknown;
type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type AdapterFactory = Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect" | "connectToShadowDb">;

/** The adapter runs `BEGIN` through its better-sqlite3 connection's `prepare`; read it there. */
function beginImmediately(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const connection = (adapter as unknown as { client?: { prepare?: Prepare } }).client;
  const prepare = connection?.prepare;
  if (typeof prepare !== "function") {
    // A new adapter version changed its insides: fail loudly rather than risk the locked errors.
    throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection; update lib/db/sqlite-adapter.ts");
  }
  connection!.prepare = (sql: string) => prepare.call(connection, sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
  return adapter;
}

/** A SQLite adapter factory for Prisma whose transactions take the write lock when they begin. */
export function sqliteAdapter(url: string, busyTimeoutMs: number): AdapterFactory {
  const factory = new PrismaBetterSQLite3({ url, timeout: busyTimeoutMs });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => beginImmediately(await factory.connect()),
    connectToShadowDb: async () => beginImmediately(await factory.connectToShadowDb()),
  };
}

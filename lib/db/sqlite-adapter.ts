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

type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type AdapterFactory = Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect" | "connectToShadowDb">;
interface Statement {
  run: () => unknown;
}
type Prepare = (sql: string) => Statement;

const isBusy = (error: unknown) => typeof (error as { code?: unknown })?.code === "string" && (error as { code: string }).code.startsWith("SQLITE_BUSY");

/**
 * The adapter runs `BEGIN` through its better-sqlite3 connection's `prepare`, holding a mutex it
 * releases only when the transaction ends: a BEGIN that throws would keep it forever. So when
 * the write lock is still taken after the busy timeout, the transaction begins deferred anyway
 * and its first statement fails with the busy error instead; Prisma then rolls it back, which
 * releases the mutex, and the caller sees "database is locked" as before.
 */
function beginImmediately(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const connection = (adapter as unknown as { client?: { prepare?: Prepare } }).client;
  const prepare = connection?.prepare?.bind(connection);
  if (prepare === undefined) {
    // A new adapter version changed its insides: fail loudly rather than risk the locked errors.
    throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection; update lib/db/sqlite-adapter.ts");
  }
  let lockedOut: unknown;
  const begin: Statement = {
    run: () => {
      try {
        return prepare("BEGIN IMMEDIATE").run();
      } catch (error) {
        if (!isBusy(error)) throw error;
        lockedOut = error;
        return prepare("BEGIN").run();
      }
    },
  };
  connection!.prepare = (sql: string) => {
    if (sql === "BEGIN") return begin;
    if (lockedOut !== undefined && sql !== "ROLLBACK") {
      const error = lockedOut;
      lockedOut = undefined;
      throw error;
    }
    lockedOut = undefined;
    return prepare(sql);
  };
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

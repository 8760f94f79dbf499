// Prisma's SQLite driver adapter, with every transaction begun IMMEDIATE and WAL commits unsynced.
//
// The web server and the grading workers are separate processes writing one SQLite file. The
// adapter begins transactions with a plain BEGIN, which takes no lock until the first statement;
// a transaction that reads first (better-auth's rate-limit counter: find the row, then update it)
// then holds a read lock, and SQLite will not wait for the write lock while holding one — waiting
// could deadlock — so it failed at once with "database is locked" whenever another process was
// writing, busy timeout or not. BEGIN IMMEDIATE takes the write lock first, waiting (up to the
// busy timeout) like any single write.
//
// Each connection also commits with synchronous=NORMAL when the file is in WAL mode (which
// `npm start` sets): a commit then appends to the WAL without an fsync. The fsync was what held
// the write lock longest (about 1.3 ms per commit on the development machine), with every other
// process's writer waiting, and waiting blocks a Node process (better-sqlite3 is synchronous).
// In WAL mode the database stays consistent after any crash, and a killed process loses nothing;
// only a power loss or OS crash can undo the commits since the last checkpoint — the window the
// Redis queue already has with `appendfsync everysec` (https://sqlite.org/pragma.html#pragma_synchronous).
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

/** Sets synchronous=NORMAL on the adapter's connection when the file is in WAL mode (see the header). */
function commitUnsynced(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const connection = (adapter as unknown as { client?: { pragma?: (source: string, options?: { simple: boolean }) => unknown } }).client;
  if (typeof connection?.pragma !== "function") {
    throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection; update lib/db/sqlite-adapter.ts");
  }
  if (connection.pragma("journal_mode", { simple: true }) === "wal") connection.pragma("synchronous = NORMAL");
  return adapter;
}

/** A SQLite adapter factory for Prisma whose transactions take the write lock when they begin. */
export function sqliteAdapter(url: string, busyTimeoutMs: number): AdapterFactory {
  const factory = new PrismaBetterSQLite3({ url, timeout: busyTimeoutMs });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => beginImmediately(commitUnsynced(await factory.connect())),
    connectToShadowDb: async () => beginImmediately(commitUnsynced(await factory.connectToShadowDb())),
  };
}

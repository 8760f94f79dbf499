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
import type { Database } from "better-sqlite3";

type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type AdapterFactory = Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect" | "connectToShadowDb">;
interface Statement {
  run: () => unknown;
}

const isBusy = (error: unknown) => typeof (error as { code?: unknown })?.code === "string" && (error as { code: string }).code.startsWith("SQLITE_BUSY");

/**
 * The adapter runs `BEGIN` through its better-sqlite3 connection's `prepare`, holding a mutex it
 * releases only when the transaction ends: a BEGIN that throws would keep it forever. So when
 * the write lock is still taken after the busy timeout, the transaction begins deferred anyway
 * and its first statement fails with the busy error instead; Prisma then rolls it back, which
 * releases the mutex, and the caller sees "database is locked" as before.
 */
function beginImmediately(connection: Database): void {
  const prepare = connection.prepare.bind(connection) as (sql: string) => Statement;
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
  connection.prepare = ((sql: string) => {
    if (sql === "BEGIN") return begin;
    if (lockedOut !== undefined && sql !== "ROLLBACK") {
      const error = lockedOut;
      lockedOut = undefined;
      throw error;
    }
    lockedOut = undefined;
    return prepare(sql);
  }) as Database["prepare"];
}

/** Sets synchronous=NORMAL on a connection when the file is in WAL mode (see the header). */
function commitUnsynced(connection: Database): void {
  if (connection.pragma("journal_mode", { simple: true }) === "wal") connection.pragma("synchronous = NORMAL");
}

/**
 * The adapter's better-sqlite3 connection, set up as the header says. The adapter keeps it in a
 * field of its own; a new version that moves it fails loudly here rather than quietly bringing
 * the locked errors back.
 */
function setUp(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const connection = (adapter as unknown as { client?: Database }).client;
  if (typeof connection?.prepare !== "function" || typeof connection.pragma !== "function") {
    throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection; update lib/db/sqlite-adapter.ts");
  }
  commitUnsynced(connection);
  beginImmediately(connection);
  return adapter;
}

/** A SQLite adapter factory for Prisma whose transactions take the write lock when they begin, and whose WAL commits skip the fsync. */
export function sqliteAdapter(url: string, busyTimeoutMs: number): AdapterFactory {
  const factory = new PrismaBetterSQLite3({ url, timeout: busyTimeoutMs });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => setUp(await factory.connect()),
    connectToShadowDb: async () => setUp(await factory.connectToShadowDb()),
  };
}

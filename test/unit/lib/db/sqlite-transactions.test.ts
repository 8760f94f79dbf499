// Two processes write one SQLite file: the web server (better-auth's rate-limit counters read a
// row, then update it, in one transaction) and a grading worker (verdicts). A transaction that
// reads first holds a read lock; SQLite will not wait for the write lock while holding one (that
// could deadlock), so a plain BEGIN failed at once with "database is locked" whenever the other
// process was writing, and a sign-up answered 500. A worker thread plays the other process here.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, PrismaClient } from "../../../../lib/db/client.ts";
import { sqliteAdapter } from "../../../../lib/db/sqlite-adapter.ts";

/** Holds SQLite's write lock on `path` from another thread for `ms`, then commits n + 1. */
function holdWriteLock(path: string, ms: number): Promise<{ committed: Promise<void> }> {
  const worker = new Worker(
    `const { parentPort, workerData } = require("node:worker_threads");
     const db = new (require("better-sqlite3"))(workerData.path);
     db.exec("BEGIN IMMEDIATE; UPDATE counter SET n = n + 1");
     parentPort.postMessage("locked");
     setTimeout(() => { db.exec("COMMIT"); db.close(); parentPort.postMessage("committed"); }, workerData.ms);`,
    { eval: true, workerData: { path, ms } },
  );
  const committed = new Promise<void>((done, fail) => {
    worker.on("message", (message) => message === "committed" && done());
    worker.on("error", fail);
  });
  return new Promise((locked, fail) => {
    worker.once("message", () => locked({ committed }));
    worker.once("error", fail);
  });
}

describe("SQLite transactions across processes", () => {
  let dir: string;
  let path: string;
  let db: PrismaClient;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "podlab-sqlite-"));
    path = join(dir, "test.db");
    db = createPrismaClient(`file:${path}`);
    await db.$executeRawUnsafe("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
    await db.$executeRawUnsafe("INSERT INTO counter (id, n) VALUES (1, 0)");
  });

  afterEach(async () => {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  const readThenWrite = () =>
    db.$transaction(async (tx) => {
      const [row] = await tx.$queryRawUnsafe<{ n: bigint | number }[]>("SELECT n FROM counter WHERE id = 1");
      await tx.$executeRawUnsafe("UPDATE counter SET n = ? WHERE id = 1", Number(row!.n) + 10);
    });

  // PodLab's databases run in WAL mode (prepare-database.ts); a file may still be in the default.
  it.each(["wal", "delete"])("waits for another process's write, then reads what it wrote (journal mode %s)", async (mode) => {
    await db.$queryRawUnsafe(`PRAGMA journal_mode = ${mode}`);
    const { committed } = await holdWriteLock(path, 300);
    await readThenWrite();
    await committed;
    const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>("SELECT n FROM counter WHERE id = 1");
    // 11, not 10: the transaction began after the other write and saw it (no lost update).
    expect(Number(row!.n)).toBe(11);
  });

  it("fails a transaction that cannot get the lock within the busy timeout, and the next one works", async () => {
    const impatient = new PrismaClient({ adapter: sqliteAdapter(`file:${path}`, 100) });
    try {
      const { committed } = await holdWriteLock(path, 500);
      const write = () => impatient.$transaction(async (tx) => tx.$executeRawUnsafe("UPDATE counter SET n = n + 100 WHERE id = 1"));
      await expect(write()).rejects.toThrow(/SQLITE_BUSY|database is locked/);
      await committed;
      // The failed begin released the adapter's transaction lock: this would hang otherwise.
      await write();
      const [row] = await impatient.$queryRawUnsafe<{ n: bigint | number }[]>("SELECT n FROM counter WHERE id = 1");
      expect(Number(row!.n)).toBe(101);
    } finally {
      await impatient.$disconnect();
    }
  });
});

// The database briefly unavailable while a worker grades (issue 9): SQLite locked by another
// process for longer than its busy timeout, or PostgreSQL unreachable (connections dropped and
// refused). The worker waits it out without spending the jobs' attempts, keeps running, and
// every submission is graded exactly once.
import Database from "better-sqlite3";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { enqueueGrading } from "../../lib/queue/grading-queue.ts";
import { createSubmission } from "../../lib/submissions/create-submission.ts";
import { validPod } from "../fixtures/pods.ts";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.ts";
import { createTestEnv, eventually, type RunningProcess, startWorker, type TestEnv } from "../support/test-env.ts";

const log = pino({ level: "silent" });
let t: TestEnv;
let worker: RunningProcess;
let proxy: TcpProxy | undefined;
let workerDatabaseUrl: string;

beforeAll(async () => {
  t = await createTestEnv();
  workerDatabaseUrl = t.databaseUrl;
  if (inject("databaseKind") === "postgres") {
    const url = new URL(t.databaseUrl);
    proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
    url.host = `127.0.0.1:${proxy.port}`;
    workerDatabaseUrl = url.toString();
  }
  worker = await startWorker(t.env({ DATABASE_URL: workerDatabaseUrl }));
});

afterAll(async () => {
  await worker?.stop();
  await proxy?.close();
  await t?.cleanup();
});

/** Makes the database unavailable to the worker; the returned function makes it available again. */
async function makeUnavailable(): Promise<() => Promise<void>> {
  if (proxy) {
    await proxy.cut();
    return () => proxy!.restore();
  }
  // WAL mode: the worker can still read, but every write waits out the busy timeout and fails.
  const lock = new Database(t.databaseUrl.replace(/^file:/, ""));
  lock.exec("BEGIN EXCLUSIVE");
  return async () => {
    lock.exec("ROLLBACK");
    lock.close();
  };
}

describe(`the database unavailable mid-run (${inject("databaseKind")})`, () => {
  it("grades every submission exactly once after it comes back, and the worker keeps running", async () => {
    const user = await t.db.user.create({ data: { email: "fault@example.com", displayName: "Fault" } });
    const submit = () => createSubmission(t.db, t.queue, log, { userId: user.id, exerciseId: "first-pod", yaml: validPod });
    const first = await Promise.all(Array.from({ length: 3 }, submit));
    await eventually(() => t.db.submission.count({ where: { id: { in: first.map((s) => s.id) }, status: "graded" } }), (n) => n === 3);

    // Stored before the outage, queued during it (SQLite's lock would hold up the test's own write).
    const during = await Promise.all(
      Array.from({ length: 4 }, () => t.db.submission.create({ data: { userId: user.id, exerciseId: "first-pod", yaml: validPod } })),
    );
    const makeAvailable = await makeUnavailable();
    for (const { id } of during) await enqueueGrading(t.queue, id);
    await worker.waitForOutput("database unavailable; grading again later", 30_000);
    // Longer than a job's own retries last (3 attempts, 1 s then 2 s apart): only waiting it out saves them.
    await new Promise((done) => setTimeout(done, 5000));
    await makeAvailable();
    const after = await Promise.all(Array.from({ length: 3 }, submit));

    const ids = [...first, ...during, ...after].map((s) => s.id);
    const rows = await eventually(
      () => t.db.submission.findMany({ where: { id: { in: ids } } }),
      (list) => list.every((row) => row.status === "graded" || row.status === "failed"),
      60_000,
    );
    expect(rows.map((row) => ({ status: row.status, score: row.score }))).toEqual(rows.map(() => ({ status: "graded", score: 100 })));
    const progress = await t.db.progress.findUniqueOrThrow({ where: { userId_exerciseId: { userId: user.id, exerciseId: "first-pod" } } });
    expect(progress.attempts).toBe(10);
    expect(worker.child.exitCode).toBeNull();
  }, 90_000);
});

// Real resources for one test file: its own database (a copy of the migrated template: a SQLite
// file, or a PostgreSQL database in the "postgres" project), its own BullMQ key prefix on the
// real Redis, and helpers to run PodLab's own processes.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { Queue } from "bullmq";
import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client.ts";
import { gradingQueueName, producerConnection } from "../../lib/queue/grading-queue.ts";
import { tuneDatabase } from "../../worker/cli/prepare-database.ts";
import { cloneDatabase } from "./test-databases.ts";

export const projectRoot = resolve(import.meta.dirname, "../..");

export interface TestEnv {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  db: PrismaClient;
  queue: Queue;
  /** Environment for a PodLab child process that uses this test's resources. */
  env: (extra?: Record<string, string>) => NodeJS.ProcessEnv;
  cleanup: () => Promise<void>;
}

/** A database and a queue prefix of this test's own; `cleanup` removes both. */
export async function createTestEnv(): Promise<TestEnv> {
  const database = await cloneDatabase(inject("templateDatabaseUrl"), inject("databaseKind"));
  const databaseUrl = database.url;
  const redisUrl = inject("redisUrl");
  const queuePrefix = `test-${randomUUID()}`;
  const db = createPrismaClient(databaseUrl);
  await tuneDatabase(db, databaseUrl);
  const queue = new Queue(gradingQueueName, { connection: producerConnection(redisUrl), prefix: queuePrefix });
  return {
    databaseUrl,
    redisUrl,
    queuePrefix,
    db,
    queue,
    env: (extra = {}) => ({
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: "info",
      NEXT_TELEMETRY_DISABLED: "1",
      ...extra,
    }),
    cleanup: async () => {
      await queue.obliterate({ force: true });
      await queue.close();
      await db.$disconnect();
      await database.drop();
    },
  };
}

/** A PodLab process started by a test, with its output kept for assertions and diagnosis. */
export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves once the output contains `text`; rejects if the process exits first or after `timeoutMs`. */
  waitForOutput: (text: string, timeoutMs?: number) => Promise<void>;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** Starts `node ARGS` in the project root with `env`. */
export function startProcess(args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  return {
    child,
    output: () => output,
    waitForOutput: (text, timeoutMs = 60_000) =>
      new Promise<void>((done, fail) => {
        const check = () => {
          if (output.includes(text)) finish(done);
        };
        const onExit = () => finish(() => fail(new Error(`process exited before printing "${text}":\n${output}`)));
        const timer = setTimeout(() => finish(() => fail(new Error(`timed out waiting for "${text}":\n${output}`))), timeoutMs);
        const finish = (then: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off("exit", onExit);
          then();
        };
        listeners.add(check);
        child.once("exit", onExit);
        check();
      }),
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/**
 * Starts the web server `podlab start` runs (worker/cli/web-server.ts: the built site, lesson
 * pages from memory) on 127.0.0.1:`port`. It prints "Ready" once it listens.
 */
export function startWebServer(port: number, env: NodeJS.ProcessEnv): RunningProcess {
  return startProcess(["--import", "tsx", "worker/cli/web-server.ts"], { ...env, PORT: String(port), HOST: "127.0.0.1" });
}

/** Starts a grading worker process and waits until it takes jobs. */
export async function startWorker(env: NodeJS.ProcessEnv): Promise<RunningProcess> {
  const worker = startProcess(["--import", "tsx", "worker/main.ts"], env);
  await worker.waitForOutput('"worker started"');
  return worker;
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Polls `read` until it returns a value for which `isDone` holds, or fails after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

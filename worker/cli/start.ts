// `podlab start` (npm start): everything PodLab needs on one machine, in order — check the
// configuration, make sure the session secret exists (data/auth-secret, generated on the first
// start), make sure Redis answers (starting a local one if need be), apply migrations, load the
// lessons, build the site when its sources changed, then run the web server and the workers
// until told to stop. Safe to run again: every step is idempotent.
import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { resolveAuthSecret } from "../../lib/auth/auth-secret.ts";
import { getConfig } from "../../lib/config/config.ts";
import { createPrismaClient } from "../../lib/db/client.ts";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { syncCurriculum } from "../../lib/lessons/sync-curriculum.ts";
import { getLogger } from "../../lib/log/logger.ts";
import { buildIfStale } from "./build-if-stale.ts";
import { ensureRedis } from "./ensure-redis.ts";
import { applyMigrations, resolveDatabaseUrl, tuneDatabase } from "./prepare-database.ts";

const root = resolve(import.meta.dirname, "../..");

/** Runs PodLab until SIGINT/SIGTERM or until the web server dies. */
export async function start(): Promise<void> {
  const config = getConfig();
  const log = getLogger("start");
  const databaseUrl = resolveDatabaseUrl(config.DATABASE_URL, root);

  // Made now, before the web server and workers start, so they all read the same one.
  resolveAuthSecret(config.AUTH_SECRET, resolve(root, "data/auth-secret"));
  const redis = await ensureRedis(config.REDIS_URL, resolve(root, "data"), log);
  await applyMigrations(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  await tuneDatabase(db, databaseUrl);
  await syncCurriculum(db, loadCurriculum(resolve(root, "lessons")));
  await db.$disconnect();
  log.info("database migrated and lessons loaded");

  if (buildIfStale(root)) log.info("site built");

  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  const children = new Set<ChildProcess>();
  let stopping = false;

  const stopAll = (code: number): void => {
    if (stopping) return;
    stopping = true;
    log.info("stopping");
    for (const child of children) child.kill("SIGTERM");
    const finish = () => {
      redis?.kill("SIGTERM");
      process.exit(code);
    };
    if (children.size === 0) finish();
    const force = setTimeout(() => {
      for (const child of children) child.kill("SIGKILL");
      finish();
    }, 15_000);
    force.unref();
    const waitAll = setInterval(() => {
      if (children.size > 0) return;
      clearInterval(waitAll);
      clearTimeout(force);
      finish();
    }, 50);
  };

  const run = (name: string, args: string[], onUnexpectedExit: () => void): void => {
    // One process per child (never npx): killing it must stop the server itself.
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
    children.add(child);
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (stopping) return;
      log.error({ child: name, code, signal }, "process exited unexpectedly");
      onUnexpectedExit();
    });
  };

  run("web", ["--import", "tsx", "worker/cli/web-server.ts"], () => stopAll(1));
  const startWorker = (index: number): void =>
    run(`worker-${index}`, ["--import", "tsx", "worker/main.ts"], () => setTimeout(() => !stopping && startWorker(index), 1000));
  for (let index = 1; index <= config.WORKERS; index++) startWorker(index);

  process.on("SIGINT", () => stopAll(0));
  process.on("SIGTERM", () => stopAll(0));
  redis?.on("exit", () => {
    if (!stopping) {
      log.error("the redis-server PodLab started has exited");
      stopAll(1);
    }
  });
  const shownHost = config.HOST === "127.0.0.1" || config.HOST === "0.0.0.0" ? "localhost" : config.HOST;
  log.info({ url: `http://${shownHost}:${config.PORT}`, workers: config.WORKERS }, "PodLab is starting");
}

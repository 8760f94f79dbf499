import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { Redis } from "ioredis";
import type { Logger } from "pino";

/** Thrown when no Redis answers and none can be started here. */
export class RedisUnavailableError extends Error {
  override readonly name = "RedisUnavailableError";
  readonly code = "redis_unavailable";
}

/** True when a Redis at `url` answers PING within `timeoutMs`. */
export async function redisAnswers(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/**
 * Makes sure a Redis answers at `url`. When none does, the URL points at this machine and
 * `redis-server` is installed, starts one as a child process bound to loopback, keeping its
 * append-only file under `dataDir`; the caller stops it on exit. Returns that child, or null
 * when a Redis was already there.
 */
export async function ensureRedis(url: string, dataDir: string, log: Logger): Promise<ChildProcess | null> {
  if (await redisAnswers(url)) return null;
  const { hostname, port } = new URL(url);
  if (!loopbackHosts.has(hostname) || !hasRedisServer()) {
    throw new RedisUnavailableError(
      `Nothing answers at REDIS_URL=${url}. Install Redis (Debian/Ubuntu: sudo apt-get install redis-server; ` +
        "macOS: brew install redis) so PodLab can start it, or set REDIS_URL to a running Redis.",
    );
  }
  const dir = resolve(dataDir, "redis");
  mkdirSync(dir, { recursive: true });
  const args = ["--bind", "127.0.0.1", "--port", port || "6379", "--dir", dir, "--save", "", "--appendonly", "yes"];
  log.info({ port: port || "6379", dir }, "starting redis-server");
  const child = spawn("redis-server", args, { stdio: ["ignore", "ignore", "inherit"] });
  for (let waitedMs = 0; waitedMs < 10_000; waitedMs += 200) {
    if (child.exitCode !== null) break;
    if (await redisAnswers(url, 500)) return child;
    await new Promise((done) => setTimeout(done, 200));
  }
  child.kill("SIGTERM");
  throw new RedisUnavailableError(`redis-server did not start on port ${port || "6379"}; is the port taken by something else?`);
}

function hasRedisServer(): boolean {
  return spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
}

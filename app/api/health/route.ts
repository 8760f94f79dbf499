import { withTimeout } from "@/lib/async/with-timeout.ts";
import { getDb } from "@/lib/db/client.ts";
import { getGradingQueue } from "@/lib/queue/grading-queue.ts";

export const dynamic = "force-dynamic";

/** A check that has not answered by then counts as down. */
const checkTimeoutMs = 2000;

async function timed<T>(work: () => Promise<T>): Promise<{ ok: true; ms: number; value: T } | { ok: false; error: string }> {
  const started = performance.now();
  try {
    const value = await withTimeout(work(), checkTimeoutMs, "health check");
    return { ok: true, ms: Math.round(performance.now() - started), value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Liveness of the database, Redis and the grading queue: 200 when all answer, else 503. */
export async function GET(): Promise<Response> {
  const queue = getGradingQueue();
  // Reading the queue's job counts is a Redis round trip: it answers for Redis too.
  const [database, depth] = await Promise.all([
    timed(() => getDb().$queryRaw`SELECT 1`),
    timed(() => queue.getJobCounts("waiting", "active", "delayed", "failed")),
  ]);
  const isHealthy = database.ok && depth.ok;
  const body = {
    status: isHealthy ? "ok" : "unavailable",
    database: database.ok ? { ok: true, ms: database.ms } : { ok: false, error: database.error },
    redis: depth.ok ? { ok: true, ms: depth.ms } : { ok: false, error: depth.error },
    queue: depth.ok ? depth.value : null,
  };
  return Response.json(body, { status: isHealthy ? 200 : 503, headers: { "cache-control": "no-store" } });
}

import { Gauge, Registry } from "prom-client";
import { TimeoutError, withTimeout } from "@/lib/async/with-timeout.ts";
import { getConfig } from "@/lib/config/config.ts";
import { getDb } from "@/lib/db/client.ts";
import { aggregateWorkerMetrics } from "@/lib/metrics/grading-metrics.ts";
import { getGradingQueue, getWebRedis } from "@/lib/queue/grading-queue.ts";

export const dynamic = "force-dynamic";

const jobStates = ["waiting", "active", "delayed", "failed", "completed"] as const;

/**
 * Prometheus metrics: the grading queue's depth by state and submissions by status (read now),
 * plus every live worker's grading counters and histograms, summed.
 */
export async function GET(): Promise<Response> {
  try {
    return await metricsResponse();
  } catch (error) {
    if (error instanceof TimeoutError) return new Response("# Redis does not answer; see /api/health\n", { status: 503 });
    throw error;
  }
}

async function metricsResponse(): Promise<Response> {
  const queue = getGradingQueue();
  const [counts, byStatus, workers] = await Promise.all([
    withTimeout(queue.getJobCounts(...jobStates), 2000, "Redis"),
    getDb().submission.groupBy({ by: ["status"], _count: { _all: true } }),
    withTimeout(
      getWebRedis().then((redis) => aggregateWorkerMetrics(redis, getConfig().QUEUE_PREFIX, Date.now())),
      2000,
      "Redis",
    ),
  ]);
  const current = new Registry();
  const depth = new Gauge({ name: "podlab_queue_jobs", help: "Grading jobs in the queue, by state.", labelNames: ["state"], registers: [current] });
  for (const state of jobStates) depth.set({ state }, counts[state] ?? 0);
  const submissions = new Gauge({ name: "podlab_submissions", help: "Stored submissions, by status.", labelNames: ["status"], registers: [current] });
  for (const status of ["queued", "running", "graded", "failed"]) submissions.set({ status }, 0);
  for (const row of byStatus) submissions.set({ status: row.status }, row._count._all);
  const merged = Registry.merge([current, workers]);
  return new Response(await merged.metrics(), { headers: { "content-type": merged.contentType, "cache-control": "no-store" } });
}

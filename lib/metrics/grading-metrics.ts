// Grading metrics across many worker processes. Each worker keeps its own prom-client registry
// and publishes it as JSON to a Redis hash every few seconds; /api/metrics aggregates the fresh
// ones with prom-client's AggregatorRegistry (its mechanism for multi-process metrics), so
// counters and histograms add up over every worker on every machine.
import type { Redis } from "ioredis";
import { AggregatorRegistry, Counter, Histogram, type MetricObjectWithValues, type MetricValue, Registry } from "prom-client";

/** How often a worker publishes; a worker silent for three periods is left out. */
export const publishIntervalMs = 5000;
const staleAfterMs = 3 * publishIntervalMs;

/** The grading outcomes a job can end in. */
export type GradingOutcome = "passed" | "not_passed" | "rejected" | "failed";

/** One worker process's metrics. */
export interface GradingMetrics {
  registry: Registry;
  jobs: Counter<"outcome">;
  /** Time spent grading (simulations and checks), per submission. */
  gradingSeconds: Histogram;
  /** From submission to verdict stored, per submission. */
  latencySeconds: Histogram;
}

/** Creates a worker's registry and its metrics. */
export function createGradingMetrics(): GradingMetrics {
  const registry = new Registry();
  return {
    registry,
    jobs: new Counter({ name: "podlab_grading_jobs_total", help: "Grading jobs finished, by outcome.", labelNames: ["outcome"], registers: [registry] }),
    gradingSeconds: new Histogram({
      name: "podlab_grading_duration_seconds",
      help: "Time spent grading one submission (all its simulations and checks).",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    latencySeconds: new Histogram({
      name: "podlab_submission_latency_seconds",
      help: "Time from a submission being stored to its verdict being stored.",
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
  };
}

const hashKey = (prefix: string) => `${prefix}:metrics:workers`;

/** Publishes a worker's metrics under its id. */
export async function publishMetrics(redis: Redis, prefix: string, workerId: string, metrics: GradingMetrics, nowMs: number): Promise<void> {
  const snapshot = { at: nowMs, metrics: await metrics.registry.getMetricsAsJSON() };
  await redis.hset(hashKey(prefix), workerId, JSON.stringify(snapshot));
}

/** Removes a stopping worker's metrics. */
export async function withdrawMetrics(redis: Redis, prefix: string, workerId: string): Promise<void> {
  await redis.hdel(hashKey(prefix), workerId);
}

/** The sum of every live worker's metrics; stale entries are deleted. */
export async function aggregateWorkerMetrics(redis: Redis, prefix: string, nowMs: number): Promise<Registry> {
  const entries = await redis.hgetall(hashKey(prefix));
  const fresh: MetricObjectWithValues<MetricValue<string>>[][] = [];
  for (const [workerId, text] of Object.entries(entries)) {
    const snapshot = JSON.parse(text) as { at: number; metrics: MetricObjectWithValues<MetricValue<string>>[] };
    if (nowMs - snapshot.at > staleAfterMs) await redis.hdel(hashKey(prefix), workerId);
    else fresh.push(snapshot.metrics);
  }
  return fresh.length > 0 ? AggregatorRegistry.aggregate(fresh) : createGradingMetrics().registry;
}

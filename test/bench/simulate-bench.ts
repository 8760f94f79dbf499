/**
 * Benchmark: whole simulations per second (simulate(), admission to contract document) for the
 * seed notes' example pods over 600 s of virtual time, and for the liveness pod on its own
 * (target: at least 2,000 simulations per second on one core). Rates are per CPU-second of this
 * process (user + system, `process.cpuUsage()`), not per wall-clock second: the machine is shared,
 * and time spent waiting for a core is not the simulator's. Prints one JSON object on stdout
 * when run directly; run-all.ts imports simulateBench.
 */
import { readFileSync } from "node:fs";
import { PerformanceObserver } from "node:perf_hooks";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { simulate } from "../../worker/sim/simulate.ts";
import type { SimInput } from "../../worker/sim/sim-result.ts";

const goldenRoot = join(dirname(fileURLToPath(import.meta.url)), "../golden/notes");

/** The notes' examples, as their golden cases hold them (cluster files included). */
const notes = ["two-containers", "two-containers-unschedulable", "javaweb-init-war", "projected-volume", "liveness-exec", "readiness-exec"];

function inputOf(name: string): SimInput {
  const read = (file: string) => {
    try {
      return readFileSync(join(goldenRoot, name, file), "utf8");
    } catch {
      return undefined;
    }
  };
  return { podYaml: read("pod.yaml")!, clusterYaml: read("cluster.yaml"), untilMs: 600_000, deleteAtMs: undefined, execs: [] };
}

/** CPU time this process has used, user + system, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Node records GC pauses as performance entries only once the event loop turns, hence the await. */
const flushGcEntries = () => new Promise((resolve) => setImmediate(resolve));

/** Batches per pod, and the CPU time each batch should take; see measure(). */
const batches = 20;
const batchTargetMs = 50;

/**
 * CPU time spent simulating every pod in turn before any is measured. V8 goes on compiling the
 * simulator's hot code on helper threads, whose CPU time counts, for about 2 s of simulations:
 * after a warm-up of 100 rounds (0.7 s) the first pod measured ran at a quarter of its speed
 * later in the same process, and liveness-exec, measured first, at a half. A grading worker runs
 * for hours, so the figure that matters is the speed after that.
 */
const warmUpCpuMs = 3_000;

/**
 * Simulations per CPU-second, best and median of `batches` batches of about `batchTargetMs` each
 * (a fast pod runs more simulations a batch than a slow one), and the mean GC pause per
 * simulation over all of them. The machine is shared: other processes on the same core slow even
 * CPU time down (caches, the core's other hyperthread), so the best batch is the closest estimate
 * of what one core does undisturbed, and the median shows what it did under this run's load.
 * GC pauses are wall-clock durations: under load they include time spent waiting for a core.
 */
async function measure(input: SimInput): Promise<{ best: number; median: number; gcMsPerSimulation: number }> {
  const calibrationStart = cpuMs();
  for (let i = 0; i < 20; i += 1) simulate(input);
  const perBatch = Math.max(1, Math.round(batchTargetMs / ((cpuMs() - calibrationStart) / 20)));
  await flushGcEntries();
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
  const batchMs: number[] = [];
  for (let batch = 0; batch < batches; batch += 1) {
    const start = cpuMs();
    for (let i = 0; i < perBatch; i += 1) simulate(input);
    batchMs.push(cpuMs() - start);
  }
  await flushGcEntries();
  for (const entry of observer.takeRecords()) gcMs += entry.duration;
  observer.disconnect();
  batchMs.sort((a, b) => a - b);
  const rate = (ms: number) => Math.round(perBatch / (ms / 1000));
  return { best: rate(batchMs[0]!), median: rate(batchMs[batches >> 1]!), gcMsPerSimulation: Number((gcMs / (perBatch * batches)).toFixed(4)) };
}

/** Runs the simulation benchmark and returns its figures. */
export async function simulateBench(): Promise<Record<string, unknown>> {
  const perPod: Record<string, number> = {};
  const medianPerPod: Record<string, number> = {};
  const gcPerPod: Record<string, number> = {};
  const inputs = new Map(notes.map((name) => [name, inputOf(name)]));
  // Warm every pod up before measuring any: V8 compiles hot code on helper threads whose CPU time
  // counts too, and it would otherwise be charged to whichever pod is measured first.
  const warmUpStart = cpuMs();
  while (cpuMs() - warmUpStart < warmUpCpuMs) for (const input of inputs.values()) simulate(input);
  for (const [name, input] of inputs) {
    const { best, median, gcMsPerSimulation } = await measure(input);
    perPod[name] = best;
    medianPerPod[name] = median;
    gcPerPod[name] = gcMsPerSimulation;
  }
  const mixOf = (rates: number[]) => Math.round(rates.length / rates.reduce((sum, rate) => sum + 1 / rate, 0));
  const liveness = perPod["liveness-exec"]!;
  return {
    measure: `simulations per CPU-second of this process (process.cpuUsage user+system), best and median of ${batches} batches of about ${batchTargetMs} ms each, after ${warmUpCpuMs / 1000} s of CPU warming up`,
    virtualSeconds: 600,
    simulationsPerSecond: perPod,
    simulationsPerSecondMedian: medianPerPod,
    notesMixPerSecond: mixOf(Object.values(perPod)),
    notesMixPerSecondMedian: mixOf(Object.values(medianPerPod)),
    gcPauseWallMsPerSimulation: gcPerPod,
    livenessTargetPerSecond: 2_000,
    livenessMeetsTarget: liveness >= 2_000,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.stdout.write(`${JSON.stringify(await simulateBench())}\n`);

/**
 * Benchmark: grading throughput for a representative exercise (liveness-exec's first reference
 * solution: every scenario simulated, every check judged), and how much grading costs beyond
 * the simulations it runs. Target: grading < 1.5× its simulations. Throughput is per CPU-second of
 * this process (process.cpuUsage, user + system), as in simulate-bench.ts: the machine is shared.
 * The ratio compares wall-clock times taken around each call: CPU time is process-wide, so
 * measured per call it would charge the compiler's and GC's helper threads to whichever call
 * they overlap. Prints one JSON object when run directly.
 */
import { resolve } from "node:path";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { gradeExercise } from "../../worker/grader/grade-exercise.ts";
import { simulate, type SimInput } from "../../worker/sim/index.ts";

const exerciseId = "liveness-exec";

/** CPU time spent grading before measuring: as in simulate-bench.ts, V8 goes on compiling for seconds. */
const warmUpCpuMs = 3_000;

/** CPU time this process has used, user + system, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Grades the exercise's reference solution repeatedly; returns throughput and the overhead ratio.
 * Throughput is the best and the median of 20 batches of about 50 ms of CPU each, after 3 s of
 * CPU warming up: loading the curriculum leaves the GC and the compiler busy on helper threads
 * for a while, and their CPU time counts in process.cpuUsage().
 */
export function gradingBench(batches = 20, batchTargetMs = 50) {
  const exercise = loadCurriculum(resolve(import.meta.dirname, "../../lessons"))
    .flatMap((lesson) => lesson.exercises)
    .find((candidate) => candidate.id === exerciseId);
  if (!exercise) throw new Error(`no exercise ${exerciseId}`);
  const yaml = exercise.solutions[0]!;
  let simulationMs = 0;
  const timedSimulate = (input: SimInput) => {
    const started = performance.now();
    const result = simulate(input);
    simulationMs += performance.now() - started;
    return result;
  };
  const warmUpStart = cpuMs();
  while (cpuMs() - warmUpStart < warmUpCpuMs) gradeExercise(exercise.gradable, yaml, simulate);
  const calibrationStart = cpuMs();
  for (let i = 0; i < 20; i++) gradeExercise(exercise.gradable, yaml, simulate);
  const perBatch = Math.max(1, Math.round(batchTargetMs / ((cpuMs() - calibrationStart) / 20)));
  const batchMs: number[] = [];
  const started = performance.now();
  for (let batch = 0; batch < batches; batch++) {
    const batchStart = cpuMs();
    for (let i = 0; i < perBatch; i++) gradeExercise(exercise.gradable, yaml, timedSimulate);
    batchMs.push(cpuMs() - batchStart);
  }
  const gradingMs = performance.now() - started;
  batchMs.sort((a, b) => a - b);
  const rate = (ms: number) => Math.round((perBatch * 1000) / ms);
  return {
    exercise: exerciseId,
    scenarios: exercise.gradable.scenarios.length,
    checks: exercise.gradable.checks.length,
    measure: `grades per CPU-second of this process (process.cpuUsage user+system), best and median of ${batches} batches of about ${batchTargetMs} ms after ${warmUpCpuMs / 1000} s of CPU warming up; ratio of wall-clock times`,
    gradesPerSecond: rate(batchMs[0]!),
    gradesPerSecondMedian: rate(batchMs[batches >> 1]!),
    gradingToSimulationRatio: Number((gradingMs / simulationMs).toFixed(3)),
    meetsTarget: gradingMs / simulationMs < 1.5,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${JSON.stringify(gradingBench())}\n`);

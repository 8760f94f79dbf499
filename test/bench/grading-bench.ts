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

/** Grades the exercise's reference solution repeatedly; returns throughput and the overhead ratio. */
export function gradingBench(rounds = 200) {
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
  for (let i = 0; i < 100; i++) gradeExercise(exercise.gradable, yaml, simulate); // warm up
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  for (let i = 0; i < rounds; i++) gradeExercise(exercise.gradable, yaml, timedSimulate);
  const { user, system } = process.cpuUsage(startedCpu);
  const gradingCpuMs = (user + system) / 1000;
  const gradingMs = performance.now() - started;
  return {
    exercise: exerciseId,
    scenarios: exercise.gradable.scenarios.length,
    checks: exercise.gradable.checks.length,
    measure: "grades per CPU-second of this process (process.cpuUsage user+system); ratio of wall-clock times",
    gradesPerSecond: Math.round((rounds * 1000) / gradingCpuMs),
    cpuMsPerGrade: Number((gradingCpuMs / rounds).toFixed(3)),
    gradingToSimulationRatio: Number((gradingMs / simulationMs).toFixed(3)),
    meetsTarget: gradingMs / simulationMs < 1.5,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${JSON.stringify(gradingBench())}\n`);

// Grades one submission of one exercise: runs the Pod through every scenario and judges each
// check against its scenario's trace. Pure: the simulator is passed in, so the same (exercise,
// YAML) always gives the same verdict, and tests can hand in recorded traces.
import type { SimInput, SimResult } from "../sim/sim-result.ts";
import { checkAssertion } from "./assertions/check-assertion.ts";
import type { Check, Scenario } from "./exercise/exercise-schema.ts";
import type { CheckResult, Verdict } from "./verdict.ts";

/** An exercise ready to grade: its checks, and its scenarios with their cluster text resolved. */
export interface GradableExercise {
  id: string;
  /** Hash of the exercise's files; stored with each verdict. */
  hash: string;
  scenarios: (Omit<Scenario, "cluster" | "clusterFile"> & { clusterYaml: string | undefined })[];
  checks: Check[];
}

/** Runs the Pod through every scenario and judges every check. Pure given a pure `simulate`. */
export function gradeExercise(exercise: GradableExercise, yaml: string, simulate: (input: SimInput) => SimResult): Verdict {
  return judgeTraces(exercise, scenarioInputs(exercise, yaml).map((input) => simulate(input)));
}

/** The simulator input of each scenario for the Pod `yaml`, in the exercise's scenario order. Pure. */
export function scenarioInputs(exercise: GradableExercise, yaml: string): SimInput[] {
  return exercise.scenarios.map((scenario) => ({
    podYaml: yaml,
    clusterYaml: scenario.clusterYaml,
    untilMs: scenario.until,
    deleteAtMs: scenario.deleteAt,
    execs: scenario.execs.map((exec) => ({ atMs: exec.at, container: exec.container, command: exec.command })),
  }));
}

/**
 * Judges every check against already simulated traces, one per scenario in the order of
 * scenarioInputs (so the simulation can run elsewhere, on a worker). Pure.
 */
export function judgeTraces(exercise: GradableExercise, results: readonly SimResult[]): Verdict {
  const traces = exercise.scenarios.map((scenario, index) => ({ scenario: scenario.id, result: results[index]! }));
  const traceOf = new Map(traces.map((trace) => [trace.scenario, trace.result]));
  const checks: CheckResult[] = exercise.checks.map((check) => {
    const outcome = checkAssertion(traceOf.get(check.scenario)!, check.assert);
    return {
      id: check.id,
      title: check.title,
      scenario: check.scenario,
      weight: check.weight,
      passed: outcome.passed,
      message: outcome.message,
      messageData: outcome.messageData,
      ...(outcome.passed ? {} : { hint: check.hint }),
    };
  });
  const first = traces[0]!.result;
  const score = weightedScore(checks);
  return {
    version: 2,
    exerciseId: exercise.id,
    exerciseHash: exercise.hash,
    admitted: first.admitted,
    passed: checks.every((check) => check.passed),
    score,
    errors: first.errors,
    warnings: first.warnings,
    checks,
    traces,
  };
}

/** The weighted share of passed checks, 0–100, rounded to a whole number. */
function weightedScore(checks: readonly CheckResult[]): number {
  const total = checks.reduce((sum, check) => sum + check.weight, 0);
  const passed = checks.reduce((sum, check) => sum + (check.passed ? check.weight : 0), 0);
  return total === 0 ? 0 : Math.round((100 * passed) / total);
}

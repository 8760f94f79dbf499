import { admitPod, type YamlLimits } from "../sim/index.ts";
import type { CheckResult, Verdict } from "./verdict.ts";

/** What one submission is graded against. */
export interface GradeInput {
  yaml: string;
  limits: YamlLimits;
}

/**
 * Grades a submission: the same input always gives the same verdict. Pure.
 * For now the one check is that the API server would admit the Pod; exercise checks over
 * simulated runs replace this step (issue 5) behind the same signature.
 */
export function grade({ yaml, limits }: GradeInput): Verdict {
  const admission = admitPod(yaml, limits);
  const admitted: CheckResult = {
    id: "admitted",
    title: { en: "The API server accepts the Pod", zh: "API Server 接受这个 Pod" },
    passed: admission.admitted,
    message: admission.admitted
      ? "The manifest is a valid v1 Pod."
      : `The API server would reject the manifest: ${admission.errors[0]?.message ?? "unknown reason"}`,
    weight: 1,
  };
  const checks = [admitted];
  const score = weightedScore(checks);
  return {
    version: 1,
    admitted: admission.admitted,
    passed: score === 1,
    score,
    errors: admission.errors,
    warnings: admission.warnings,
    checks,
  };
}

function weightedScore(checks: CheckResult[]): number {
  const total = checks.reduce((sum, check) => sum + check.weight, 0);
  const passed = checks.reduce((sum, check) => sum + (check.passed ? check.weight : 0), 0);
  return total === 0 ? 0 : passed / total;
}

import type { Problem } from "../sim/index.ts";

/** The outcome of one check of an exercise. */
export interface CheckResult {
  id: string;
  title: { en: string; zh: string };
  passed: boolean;
  /** What was observed, in one or two plain sentences. */
  message: string;
  weight: number;
}

/**
 * What a learner gets back for one submission. `score` is the weighted fraction of checks
 * passed, 0..1. `admitted` is false when the API server would refuse the Pod; then `errors`
 * says why, with lines and columns.
 */
export interface Verdict {
  version: 1;
  admitted: boolean;
  passed: boolean;
  score: number;
  errors: Problem[];
  warnings: Problem[];
  checks: CheckResult[];
}

import type { Problem } from "../sim/admission/problem.ts";
import type { SimResult } from "../sim/sim-result.ts";
import type { CheckMessage } from "./check-message.ts";

/** The outcome of one check of an exercise. */
export interface CheckResult {
  id: string;
  title: { en: string; zh: string };
  /** The scenario whose trace the check read. */
  scenario: string;
  weight: number;
  passed: boolean;
  /** What was expected and what was seen, in one or two plain sentences. */
  message: string;
  /** The same as a message key with parameters, for the site to word in either language. */
  messageData: CheckMessage;
  /** Present when the check failed. */
  hint?: { en: string; zh: string };
}

/**
 * What a learner gets back for one submission. `score` is the weighted share of checks passed,
 * 0–100. `errors` and `warnings` are the API server's, with lines and columns, from the first
 * scenario. `traces` carry each scenario's simulation so the site can draw what happened.
 */
export interface Verdict {
  version: 2;
  exerciseId: string;
  exerciseHash: string;
  admitted: boolean;
  passed: boolean;
  score: number;
  errors: Problem[];
  warnings: Problem[];
  checks: CheckResult[];
  traces: { scenario: string; result: SimResult }[];
}

import type { CheckMessage } from "../check-message.ts";
import type { Count } from "../exercise/exercise-schema.ts";

/**
 * What one assertion found: whether it held, in plain English words what was expected and seen,
 * and the same as a message key with parameters, for other languages.
 */
export interface Outcome {
  passed: boolean;
  message: string;
  messageData: CheckMessage;
}

/** Seconds as a learner reads them: `35 s`, `1.5 s`. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** Whether `value` satisfies an exact count or a range. */
export function countMatches(count: Count, value: number): boolean {
  if (typeof count === "number") return value === count;
  return (count.min === undefined || value >= count.min) && (count.max === undefined || value <= count.max);
}

/** `exactly 1`, `at least 2`, `at most 0`, `between 1 and 3`. */
export function describeCount(count: Count): string {
  if (typeof count === "number") return `exactly ${count}`;
  if (count.min !== undefined && count.max !== undefined) return `between ${count.min} and ${count.max}`;
  if (count.min !== undefined) return `at least ${count.min}`;
  if (count.max !== undefined) return `at most ${count.max}`;
  return "any number";
}

/** Joins the parts of a message, leaving out empty ones. */
export function sentence(...parts: (string | false | undefined)[]): string {
  return parts.filter(Boolean).join(" ");
}

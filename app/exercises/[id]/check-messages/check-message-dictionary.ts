import type { CheckMessage, CheckMessageKey, StateField } from "@/worker/grader/check-message.ts";

/** How one language words every check message: a function of its parameters per key. Pure. */
export type CheckMessageDictionary = { [K in CheckMessageKey]: (params: Extract<CheckMessage, { key: K }>["params"]) => string };

/** Text the learner or a program wrote, quoted, and cut short past 120 characters (as the grader does). */
export function quote(text: string): string {
  const short = text.length > 120 ? `${text.slice(0, 117)}...` : text;
  return JSON.stringify(short);
}

/** Whole milliseconds as a number of seconds, without float noise: `35`, `1.5`. */
export function secondsNumber(ms: number): number {
  return Number((ms / 1000).toFixed(3));
}

/** Whether a state field's expected value is a count (`at least 1`) rather than a value. */
export function isCountField(field: StateField): field is Extract<StateField, { field: "RESTARTS" | "restartCount" }> {
  return field.field === "RESTARTS" || field.field === "restartCount";
}

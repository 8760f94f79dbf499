// The check messages in English, worded exactly as the grader's own `message`
// (worker/grader/assertions/*), which a unit test holds them to.
import type { Count } from "@/worker/grader/exercise/exercise-schema.ts";
import type { EventPattern, EventSummary, ExecProblem, StateField, StateSubject } from "@/worker/grader/check-message.ts";
import { type CheckMessageDictionary, isCountField, quote, secondsNumber } from "./check-message-dictionary.ts";

const seconds = (ms: number) => `${secondsNumber(ms)} s`;

function describeCount(count: Count): string {
  if (typeof count === "number") return `exactly ${count}`;
  if (count.min !== undefined && count.max !== undefined) return `between ${count.min} and ${count.max}`;
  if (count.min !== undefined) return `at least ${count.min}`;
  if (count.max !== undefined) return `at most ${count.max}`;
  return "any number";
}

function describePattern(pattern: EventPattern): string {
  return [
    `${pattern.type ?? ""} ${pattern.reason} event`.trim(),
    pattern.object && `for ${pattern.object}`,
    pattern.messageContains && `with "${pattern.messageContains}" in its message`,
    pattern.messageMatches && `with a message matching /${pattern.messageMatches}/`,
  ]
    .filter(Boolean)
    .join(" ");
}

function summarize({ events, more }: EventSummary): string {
  if (events.length === 0) return "no events at all";
  return `${events.map((e) => `${e.reason} ${seconds(e.atMs)}`).join(", ")}${more > 0 ? `, and ${more} more` : ""}`;
}

function subjectWords(subject: StateSubject): string {
  if (subject.kind === "pod") return "the pod";
  return `${subject.kind === "initContainer" ? "init container" : "container"} "${subject.name}"`;
}

const fieldLabels = { exitCode: "exit code", restartCount: "restart count" } as Record<string, string>;

function fieldLabel(field: StateField): string {
  return field.field === "condition" ? `condition ${field.condition}` : (fieldLabels[field.field] ?? field.field);
}

function expectedValue(field: StateField): string {
  return isCountField(field) ? describeCount(field.expected) : String(field.expected);
}

function execProblem(problem: ExecProblem): string {
  switch (problem.kind) {
    case "exitCode":
      return `exit code ${problem.expected}, but it was ${problem.seen}${problem.stderr ? ` (stderr: ${quote(problem.stderr)})` : ""}`;
    case "stdoutContains":
      return `output containing ${quote(problem.expected)}, but it printed ${quote(problem.stdout)}`;
    case "stdoutMatches":
      return `output matching /${problem.expected}/, but it printed ${quote(problem.stdout)}`;
    case "stderrContains":
      return `errors containing ${quote(problem.expected)}, but stderr was ${quote(problem.stderr)}`;
  }
}

const execLabel = (container: string, atMs: number) => `the command run in "${container}" at ${seconds(atMs)}`;

/** English check messages. */
export const checkMessagesEn: CheckMessageDictionary = {
  admitted: () => "The API server accepted the Pod.",
  notAdmitted: ({ errors }) => `The API server rejected the Pod: ${errors.join("; ")}`,
  rejected: ({ error }) => `The API server rejected the Pod: ${error}`,
  notRejected: () => "Expected the API server to reject the Pod, but it accepted it.",
  rejectedElsewhere: ({ field, fields }) => `Expected an error on ${field}; the errors were on: ${fields.map((f) => f || "(document)").join(", ")}.`,
  warnings: ({ passed, count, type, field, seen }) => {
    const what = [type ?? "", "warning(s)", field === null ? "" : `on ${field}`].filter(Boolean).join(" ");
    const list = seen.map((w) => `${w.message}${w.line === null ? "" : ` (line ${w.line})`}`).join("; ");
    const found = seen.length === 0 ? "there were none" : `there were ${seen.length}: ${list}`;
    return `Expected ${describeCount(count)} ${what}${passed ? "" : " from the API server"}; ${found}.`;
  },
  execMissing: ({ container, atMs }) => `There was no result for ${execLabel(container, atMs)}.`,
  execPassed: ({ container, atMs }) => `The command run in "${container}" at ${seconds(atMs)} gave what was expected.`,
  execFailed: ({ container, atMs, problems }) => `Expected ${execLabel(container, atMs)} to give ${problems.map(execProblem).join("; and ")}.`,
  podNotStored: ({ path }) => `The Pod was not stored, so ${path} has no value.`,
  podField: ({ passed, path, expected, seen }) => {
    if (passed || expected === null) return `${path} is ${seen ?? "not set"}, as expected.`;
    const words = {
      set: "be set",
      notSet: "not be set",
      equals: `be ${"value" in expected ? expected.value : ""}`,
      contains: `contain ${"value" in expected ? quote(expected.value) : ""}`,
      matches: `match /${"value" in expected ? expected.value : ""}/`,
    }[expected.kind];
    return `Expected ${path} to ${words}; it is ${seen ?? "not set"}.`;
  },
  podMissing: ({ atMs }) => `The pod did not exist at ${seconds(atMs)}.`,
  containerMissing: ({ atMs, subject, names }) =>
    `At ${seconds(atMs)} the pod had no ${subject.kind === "initContainer" ? "init container" : "container"} named "${subject.name}" (it had: ${names.join(", ") || "none"}).`,
  state: ({ passed, atMs, subject, fields }) => {
    if (passed) return `At ${seconds(atMs)} ${subjectWords(subject)} had ${fields.map((f) => `${fieldLabel(f)} ${f.seen}`).join(", ")}, as expected.`;
    const details = fields.map((f) => `${fieldLabel(f)} ${expectedValue(f)}, but it was ${f.seen}`).join("; ");
    return `At ${seconds(atMs)} expected ${subjectWords(subject)} to have ${details}.`;
  },
  eventCount: ({ passed, pattern, count, fromMs, toMs, seen, firstAtMs, outside, unmatchedMessage, happened }) => {
    const window = toMs === null ? (fromMs > 0 ? ` after ${seconds(fromMs)}` : "") : ` between ${seconds(fromMs)} and ${seconds(toMs)}`;
    const what = `${describeCount(count)} ${describePattern(pattern)}${window}`;
    if (passed) return `Saw ${seen}${firstAtMs === null ? "" : ` (first at ${seconds(firstAtMs)})`}: expected ${what}.`;
    return [
      `Expected ${what}; saw ${seen}.`,
      outside && ` ${outside.count} happened outside that window, first at ${seconds(outside.firstAtMs)}.`,
      unmatchedMessage !== null && ` There were ${pattern.reason} events, but not matching: "${unmatchedMessage}".`,
      happened && ` What happened: ${summarize(happened)}.`,
    ]
      .filter(Boolean)
      .join("");
  },
  eventMissing: ({ pattern, happened }) => `Expected a ${describePattern(pattern)}, but there was none. What happened: ${summarize(happened)}.`,
  eventOrderWrong: ({ before, beforeAtMs, after, afterAtMs }) =>
    `Expected the ${describePattern(before)} (at ${seconds(beforeAtMs)}) before the ${describePattern(after)} (at ${seconds(afterAtMs)}), but it came after.`,
  eventOrder: ({ reasons }) => `The events happened in the expected order: ${reasons.join(" → ")}.`,
};

// Assertions on what the API server answered (including its warnings), on `--exec` results, and
// on fields of the stored Pod (after defaulting and admission).
import type { SimResult } from "../../sim/sim-result.ts";
import type { ExecProblem, PodFieldExpectation } from "../check-message.ts";
import type { Assertion } from "../exercise/exercise-schema.ts";
import { countMatches, describeCount, type Outcome, seconds } from "./outcome.ts";
import { readPodField } from "./read-pod-field.ts";

type RejectedAssertion = Extract<Assertion, { kind: "rejected" }>;
type ExecAssertion = Extract<Assertion, { kind: "exec" }>;
type PodFieldAssertion = Extract<Assertion, { kind: "podField" }>;
type WarningsAssertion = Extract<Assertion, { kind: "warnings" }>;

/** The API server accepted the Pod. */
export function checkAdmitted(trace: SimResult): Outcome {
  if (trace.admitted) return { passed: true, message: "The API server accepted the Pod.", messageData: { key: "admitted", params: {} } };
  const errors = trace.errors.map((e) => e.message);
  return { passed: false, message: `The API server rejected the Pod: ${errors.join("; ")}`, messageData: { key: "notAdmitted", params: { errors } } };
}

/** The API server refused the Pod, optionally with an error on a given field. */
export function checkRejected(trace: SimResult, assertion: RejectedAssertion): Outcome {
  if (trace.admitted) {
    return { passed: false, message: "Expected the API server to reject the Pod, but it accepted it.", messageData: { key: "notRejected", params: {} } };
  }
  if (assertion.field === undefined || trace.errors.some((e) => e.field === assertion.field)) {
    const error = trace.errors[0]?.message ?? "";
    return { passed: true, message: `The API server rejected the Pod: ${error}`, messageData: { key: "rejected", params: { error } } };
  }
  // An empty field is an error on the whole document.
  const fields = trace.errors.map((e) => e.field);
  return {
    passed: false,
    message: `Expected an error on ${assertion.field}; the errors were on: ${fields.map((f) => f || "(document)").join(", ")}.`,
    messageData: { key: "rejectedElsewhere", params: { field: assertion.field, fields } },
  };
}

/**
 * How many of the API server's warnings (e.g. `unknown field "spec.foo"`: the field was dropped)
 * match `type` and `field` satisfies `count` (default: at least one). `count: 0`: no such warning.
 */
export function checkWarnings(trace: SimResult, assertion: WarningsAssertion): Outcome {
  const count = assertion.count ?? { min: 1 };
  const found = trace.warnings.filter((w) => (assertion.type === undefined || w.type === assertion.type) && (assertion.field === undefined || w.field === assertion.field));
  const what = [assertion.type ?? "", "warning(s)", assertion.field === undefined ? "" : `on ${assertion.field}`].filter(Boolean).join(" ");
  const seen = found.length === 0 ? "there were none" : `there were ${found.length}: ${found.map((w) => `${w.message}${w.line === null ? "" : ` (line ${w.line})`}`).join("; ")}`;
  const passed = countMatches(count, found.length);
  const messageData = {
    key: "warnings" as const,
    params: { passed, count, type: assertion.type ?? null, field: assertion.field ?? null, seen: found.map((w) => ({ message: w.message, line: w.line })) },
  };
  if (passed) return { passed, message: `Expected ${describeCount(count)} ${what}; ${seen}.`, messageData };
  return { passed, message: `Expected ${describeCount(count)} ${what} from the API server; ${seen}.`, messageData };
}

/** The exit code and output of the exec run at a time in a container. */
export function checkExec(trace: SimResult, assertion: ExecAssertion): Outcome {
  const exec = trace.execs.find((e) => Math.round(e.time * 1000) === assertion.at && e.container === assertion.container);
  const label = `the command run in "${assertion.container}" at ${seconds(assertion.at)}`;
  const where = { container: assertion.container, atMs: assertion.at };
  if (!exec) return { passed: false, message: `There was no result for ${label}.`, messageData: { key: "execMissing", params: where } };
  const problems = execProblems(exec, assertion);
  if (problems.length === 0) return { passed: true, message: `${capitalize(label)} gave what was expected.`, messageData: { key: "execPassed", params: where } };
  return {
    passed: false,
    message: `Expected ${label} to give ${problems.map(describeExecProblem).join("; and ")}.`,
    messageData: { key: "execFailed", params: { ...where, problems } },
  };
}

function execProblems(exec: SimResult["execs"][number], assertion: ExecAssertion): ExecProblem[] {
  const problems: ExecProblem[] = [];
  if (assertion.exitCode !== undefined && exec.exitCode !== assertion.exitCode) {
    problems.push({ kind: "exitCode", expected: assertion.exitCode, seen: exec.exitCode, stderr: exec.stderr });
  }
  if (assertion.stdoutContains !== undefined && !exec.stdout.includes(assertion.stdoutContains)) {
    problems.push({ kind: "stdoutContains", expected: assertion.stdoutContains, stdout: exec.stdout });
  }
  if (assertion.stdoutMatches !== undefined && !new RegExp(assertion.stdoutMatches, "m").test(exec.stdout)) {
    problems.push({ kind: "stdoutMatches", expected: assertion.stdoutMatches, stdout: exec.stdout });
  }
  if (assertion.stderrContains !== undefined && !exec.stderr.includes(assertion.stderrContains)) {
    problems.push({ kind: "stderrContains", expected: assertion.stderrContains, stderr: exec.stderr });
  }
  return problems;
}

function describeExecProblem(problem: ExecProblem): string {
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

/** A field of the stored Pod equals, contains or matches a value, or exists. */
export function checkPodField(trace: SimResult, assertion: PodFieldAssertion): Outcome {
  const { path } = assertion;
  if (!trace.pod) return { passed: false, message: `The Pod was not stored, so ${path} has no value.`, messageData: { key: "podNotStored", params: { path } } };
  const value = readPodField(trace.pod, path);
  const seen = value === undefined ? null : JSON.stringify(value);
  const shown = seen ?? "not set";
  const fail = (words: string, expected: PodFieldExpectation): Outcome => ({
    passed: false,
    message: `Expected ${path} to ${words}; it is ${shown}.`,
    messageData: { key: "podField", params: { passed: false, path, expected, seen } },
  });
  if (assertion.exists !== undefined && (value !== undefined) !== assertion.exists) {
    return assertion.exists ? fail("be set", { kind: "set" }) : fail("not be set", { kind: "notSet" });
  }
  if (assertion.equals !== undefined && JSON.stringify(value) !== JSON.stringify(assertion.equals)) {
    const equals = JSON.stringify(assertion.equals);
    return fail(`be ${equals}`, { kind: "equals", value: equals });
  }
  const text = typeof value === "string" ? value : JSON.stringify(value ?? "");
  if (assertion.contains !== undefined && !text.includes(assertion.contains)) return fail(`contain ${quote(assertion.contains)}`, { kind: "contains", value: assertion.contains });
  if (assertion.matches !== undefined && !new RegExp(assertion.matches).test(text)) return fail(`match /${assertion.matches}/`, { kind: "matches", value: assertion.matches });
  return { passed: true, message: `${path} is ${shown}, as expected.`, messageData: { key: "podField", params: { passed: true, path, expected: null, seen } } };
}

function quote(text: string): string {
  const short = text.length > 120 ? `${text.slice(0, 117)}...` : text;
  return JSON.stringify(short);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Assertions on what the API server answered (including its warnings), on `--exec` results, and
// on fields of the stored Pod (after defaulting and admission).
import type { SimResult } from "../../sim/sim-result.ts";
import type { Assertion } from "../exercise/exercise-schema.ts";
import { countMatches, describeCount, type Outcome, seconds } from "./outcome.ts";
import { readPodField } from "./read-pod-field.ts";

type RejectedAssertion = Extract<Assertion, { kind: "rejected" }>;
type ExecAssertion = Extract<Assertion, { kind: "exec" }>;
type PodFieldAssertion = Extract<Assertion, { kind: "podField" }>;
type WarningsAssertion = Extract<Assertion, { kind: "warnings" }>;

/** The API server accepted the Pod. */
export function checkAdmitted(trace: SimResult): Outcome {
  if (trace.admitted) return { passed: true, message: "The API server accepted the Pod." };
  return { passed: false, message: `The API server rejected the Pod: ${trace.errors.map((e) => e.message).join("; ")}` };
}

/** The API server refused the Pod, optionally with an error on a given field. */
export function checkRejected(trace: SimResult, assertion: RejectedAssertion): Outcome {
  if (trace.admitted) return { passed: false, message: "Expected the API server to reject the Pod, but it accepted it." };
  if (assertion.field === undefined || trace.errors.some((e) => e.field === assertion.field)) {
    return { passed: true, message: `The API server rejected the Pod: ${trace.errors[0]?.message ?? ""}` };
  }
  const fields = trace.errors.map((e) => e.field || "(document)").join(", ");
  return { passed: false, message: `Expected an error on ${assertion.field}; the errors were on: ${fields}.` };
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
  if (countMatches(count, found.length)) return { passed: true, message: `Expected ${describeCount(count)} ${what}; ${seen}.` };
  return { passed: false, message: `Expected ${describeCount(count)} ${what} from the API server; ${seen}.` };
}

/** The exit code and output of the exec run at a time in a container. */
export function checkExec(trace: SimResult, assertion: ExecAssertion): Outcome {
  const exec = trace.execs.find((e) => Math.round(e.time * 1000) === assertion.at && e.container === assertion.container);
  const label = `the command run in "${assertion.container}" at ${seconds(assertion.at)}`;
  if (!exec) return { passed: false, message: `There was no result for ${label}.` };
  const problems: string[] = [];
  if (assertion.exitCode !== undefined && exec.exitCode !== assertion.exitCode) {
    problems.push(`exit code ${assertion.exitCode}, but it was ${exec.exitCode}${exec.stderr ? ` (stderr: ${quote(exec.stderr)})` : ""}`);
  }
  if (assertion.stdoutContains !== undefined && !exec.stdout.includes(assertion.stdoutContains)) {
    problems.push(`output containing ${quote(assertion.stdoutContains)}, but it printed ${quote(exec.stdout)}`);
  }
  if (assertion.stdoutMatches !== undefined && !new RegExp(assertion.stdoutMatches, "m").test(exec.stdout)) {
    problems.push(`output matching /${assertion.stdoutMatches}/, but it printed ${quote(exec.stdout)}`);
  }
  if (assertion.stderrContains !== undefined && !exec.stderr.includes(assertion.stderrContains)) {
    problems.push(`errors containing ${quote(assertion.stderrContains)}, but stderr was ${quote(exec.stderr)}`);
  }
  if (problems.length === 0) return { passed: true, message: `${capitalize(label)} gave what was expected.` };
  return { passed: false, message: `Expected ${label} to give ${problems.join("; and ")}.` };
}

/** A field of the stored Pod equals, contains or matches a value, or exists. */
export function checkPodField(trace: SimResult, assertion: PodFieldAssertion): Outcome {
  if (!trace.pod) return { passed: false, message: `The Pod was not stored, so ${assertion.path} has no value.` };
  const value = readPodField(trace.pod, assertion.path);
  const shown = value === undefined ? "not set" : JSON.stringify(value);
  const fail = (expected: string) => ({ passed: false, message: `Expected ${assertion.path} to ${expected}; it is ${shown}.` });
  if (assertion.exists !== undefined && (value !== undefined) !== assertion.exists) return fail(assertion.exists ? "be set" : "not be set");
  if (assertion.equals !== undefined && JSON.stringify(value) !== JSON.stringify(assertion.equals)) return fail(`be ${JSON.stringify(assertion.equals)}`);
  const text = typeof value === "string" ? value : JSON.stringify(value ?? "");
  if (assertion.contains !== undefined && !text.includes(assertion.contains)) return fail(`contain ${quote(assertion.contains)}`);
  if (assertion.matches !== undefined && !new RegExp(assertion.matches).test(text)) return fail(`match /${assertion.matches}/`);
  return { passed: true, message: `${assertion.path} is ${shown}, as expected.` };
}

function quote(text: string): string {
  const short = text.length > 120 ? `${text.slice(0, 117)}...` : text;
  return JSON.stringify(short);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

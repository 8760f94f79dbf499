// Assertions on the pod's and its containers' observable state at a moment of virtual time.
import type { ContainerSnapshot, SimResult, Snapshot } from "../../sim/sim-result.ts";
import type { StateField, StateSubject } from "../check-message.ts";
import type { Assertion, Count } from "../exercise/exercise-schema.ts";
import { countMatches, describeCount, type Outcome, seconds } from "./outcome.ts";

type PodAssertion = Extract<Assertion, { kind: "pod" }>;
type ContainerAssertion = Extract<Assertion, { kind: "container" }>;

/** The snapshot in force at `ms`: the last one recorded at or before it. */
export function snapshotAt(trace: SimResult, ms: number): Snapshot | undefined {
  let found: Snapshot | undefined;
  for (const snapshot of trace.snapshots) {
    if (Math.round(snapshot.time * 1000) > ms) break;
    found = snapshot;
  }
  return found;
}

interface Field {
  label: string;
  expected: unknown;
  seen: unknown;
  isMatch: boolean;
  data: StateField;
}

/** As kubectl prints a value: strings bare, anything else as JSON (`true`, `null`, `1`). */
function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

type PlainName = Exclude<StateField["field"], "condition" | "RESTARTS" | "restartCount">;

function field(name: PlainName, label: string, expected: unknown, seen: unknown): Field | null {
  if (expected === undefined) return null;
  return { label, expected, seen, isMatch: expected === seen, data: { field: name, expected: show(expected), seen: show(seen) } };
}

function conditionField(condition: { type: string; status: string } | undefined, snapshot: Snapshot): Field | null {
  if (!condition) return null;
  const seen = snapshot.conditions[condition.type] ?? "(not set)";
  const data: StateField = { field: "condition", condition: condition.type, expected: condition.status, seen };
  return { label: `condition ${condition.type}`, expected: condition.status, seen, isMatch: condition.status === seen, data };
}

function countField(name: "RESTARTS" | "restartCount", label: string, expected: Count | undefined, seen: number): Field | null {
  if (expected === undefined) return null;
  return { label, expected: describeCount(expected), seen, isMatch: countMatches(expected, seen), data: { field: name, expected, seen } };
}

function judge(subject: StateSubject, at: number, fields: (Field | null)[]): Outcome {
  const asked = fields.filter((f): f is Field => f !== null);
  const wrong = asked.filter((f) => !f.isMatch);
  const words = subject.kind === "pod" ? "the pod" : `${subject.kind === "initContainer" ? "init container" : "container"} "${subject.name}"`;
  if (wrong.length === 0) {
    return {
      passed: true,
      message: `At ${seconds(at)} ${words} had ${asked.map((f) => `${f.label} ${show(f.seen)}`).join(", ")}, as expected.`,
      messageData: { key: "state", params: { passed: true, atMs: at, subject, fields: asked.map((f) => f.data) } },
    };
  }
  const details = wrong.map((f) => `${f.label} ${show(f.expected)}, but it was ${show(f.seen)}`).join("; ");
  return {
    passed: false,
    message: `At ${seconds(at)} expected ${words} to have ${details}.`,
    messageData: { key: "state", params: { passed: false, atMs: at, subject, fields: wrong.map((f) => f.data) } },
  };
}

/** Phase, STATUS, READY, RESTARTS, node and a condition of the pod at a time. */
export function checkPod(trace: SimResult, assertion: PodAssertion): Outcome {
  const snapshot = snapshotAt(trace, assertion.at);
  if (!snapshot) {
    return { passed: false, message: `The pod did not exist at ${seconds(assertion.at)}.`, messageData: { key: "podMissing", params: { atMs: assertion.at } } };
  }
  return judge({ kind: "pod" }, assertion.at, [
    field("phase", "phase", assertion.phase, snapshot.phase),
    field("STATUS", "STATUS", assertion.status, snapshot.status),
    field("READY", "READY", assertion.ready, snapshot.ready),
    countField("RESTARTS", "RESTARTS", assertion.restarts, snapshot.restarts),
    field("node", "node", assertion.node, snapshot.node),
    conditionField(assertion.condition, snapshot),
  ]);
}

/** State, reason, exit code, readiness and restart count of one container at a time. */
export function checkContainer(trace: SimResult, assertion: ContainerAssertion): Outcome {
  const snapshot = snapshotAt(trace, assertion.at);
  const kind = assertion.init ? "init container" : "container";
  const subject = { kind: assertion.init ? ("initContainer" as const) : ("container" as const), name: assertion.name };
  const list: ContainerSnapshot[] | undefined = assertion.init ? snapshot?.initContainers : snapshot?.containers;
  const container = list?.find((c) => c.name === assertion.name);
  if (!container) {
    const names = (list ?? []).map((c) => c.name);
    return {
      passed: false,
      message: `At ${seconds(assertion.at)} the pod had no ${kind} named "${assertion.name}" (it had: ${names.join(", ") || "none"}).`,
      messageData: { key: "containerMissing", params: { atMs: assertion.at, subject, names } },
    };
  }
  return judge(subject, assertion.at, [
    field("state", "state", assertion.state, container.state),
    field("reason", "reason", assertion.reason, container.reason),
    field("exitCode", "exit code", assertion.exitCode, container.exitCode),
    field("ready", "ready", assertion.ready, container.ready),
    field("started", "started", assertion.started, container.started),
    countField("restartCount", "restart count", assertion.restartCount, container.restartCount),
  ]);
}

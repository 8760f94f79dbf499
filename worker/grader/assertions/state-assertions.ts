// Assertions on the pod's and its containers' observable state at a moment of virtual time.
import type { ContainerSnapshot, SimResult, Snapshot } from "../../sim/sim-result.ts";
import type { Assertion } from "../exercise/exercise-schema.ts";
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
}

function field(label: string, expected: unknown, seen: unknown): Field | null {
  return expected === undefined ? null : { label, expected, seen, isMatch: expected === seen };
}

function countField(label: string, expected: Parameters<typeof countMatches>[0] | undefined, seen: number): Field | null {
  return expected === undefined ? null : { label, expected: describeCount(expected), seen, isMatch: countMatches(expected, seen) };
}

function judge(subject: string, at: number, fields: (Field | null)[]): Outcome {
  const asked = fields.filter((f): f is Field => f !== null);
  const wrong = asked.filter((f) => !f.isMatch);
  const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
  if (wrong.length === 0) {
    return { passed: true, message: `At ${seconds(at)} ${subject} had ${asked.map((f) => `${f.label} ${show(f.seen)}`).join(", ")}, as expected.` };
  }
  const details = wrong.map((f) => `${f.label} ${show(f.expected)}, but it was ${show(f.seen)}`).join("; ");
  return { passed: false, message: `At ${seconds(at)} expected ${subject} to have ${details}.` };
}

/** Phase, STATUS, READY, RESTARTS, node and a condition of the pod at a time. */
export function checkPod(trace: SimResult, assertion: PodAssertion): Outcome {
  const snapshot = snapshotAt(trace, assertion.at);
  if (!snapshot) return { passed: false, message: `The pod did not exist at ${seconds(assertion.at)}.` };
  const condition = assertion.condition;
  return judge("the pod", assertion.at, [
    field("phase", assertion.phase, snapshot.phase),
    field("STATUS", assertion.status, snapshot.status),
    field("READY", assertion.ready, snapshot.ready),
    countField("RESTARTS", assertion.restarts, snapshot.restarts),
    field("node", assertion.node, snapshot.node),
    condition ? field(`condition ${condition.type}`, condition.status, snapshot.conditions[condition.type] ?? "(not set)") : null,
  ]);
}

/** State, reason, exit code, readiness and restart count of one container at a time. */
export function checkContainer(trace: SimResult, assertion: ContainerAssertion): Outcome {
  const snapshot = snapshotAt(trace, assertion.at);
  const kind = assertion.init ? "init container" : "container";
  const list: ContainerSnapshot[] | undefined = assertion.init ? snapshot?.initContainers : snapshot?.containers;
  const container = list?.find((c) => c.name === assertion.name);
  if (!container) {
    const names = (list ?? []).map((c) => c.name).join(", ") || "none";
    return { passed: false, message: `At ${seconds(assertion.at)} the pod had no ${kind} named "${assertion.name}" (it had: ${names}).` };
  }
  return judge(`${kind} "${assertion.name}"`, assertion.at, [
    field("state", assertion.state, container.state),
    field("reason", assertion.reason, container.reason),
    field("exit code", assertion.exitCode, container.exitCode),
    field("ready", assertion.ready, container.ready),
    field("started", assertion.started, container.started),
    countField("restart count", assertion.restartCount, container.restartCount),
  ]);
}

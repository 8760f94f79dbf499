import { describe, expect, it } from "vitest";
import { checkAssertion } from "../../../worker/grader/assertions/check-assertion.ts";
import type { Assertion } from "../../../worker/grader/exercise/exercise-schema.ts";
import type { SimResult } from "../../../worker/sim/sim-result.ts";
import { livenessTrace, rejectedTrace } from "./trace-fixture.ts";

const obj = "spec.containers{liveness}";
const cases: { name: string; trace?: SimResult; assertion: Assertion; passed: boolean; says: string }[] = [
  { name: "admitted, when it was", assertion: { kind: "admitted" }, passed: true, says: "accepted" },
  { name: "admitted, when it was not", trace: rejectedTrace, assertion: { kind: "admitted" }, passed: false, says: "spec.containers[0].image: Required value" },
  { name: "rejected on the right field", trace: rejectedTrace, assertion: { kind: "rejected", field: "spec.containers[0].image" }, passed: true, says: "rejected" },
  { name: "rejected on another field", trace: rejectedTrace, assertion: { kind: "rejected", field: "metadata.name" }, passed: false, says: "errors were on: spec.containers[0].image" },
  { name: "rejected, when it was admitted", assertion: { kind: "rejected" }, passed: false, says: "accepted it" },
  { name: "any state check on a rejected Pod", trace: rejectedTrace, assertion: { kind: "pod", at: 10_000, phase: "Running" }, passed: false, says: "Not checked: the API server rejected the Pod, so nothing ran." },
  { name: "phase and STATUS at a time", assertion: { kind: "pod", at: 10_000, phase: "Running", status: "Running" }, passed: true, says: "as expected" },
  { name: "the snapshot in force between records", assertion: { kind: "pod", at: 2_000, status: "ContainerCreating", ready: "0/1" }, passed: true, says: "ContainerCreating" },
  { name: "RESTARTS in a range", assertion: { kind: "pod", at: 80_000, restarts: { min: 1, max: 2 } }, passed: true, says: "RESTARTS 1" },
  { name: "RESTARTS wrong", assertion: { kind: "pod", at: 40_000, restarts: { min: 1 } }, passed: false, says: "RESTARTS at least 1, but it was 0" },
  { name: "a condition", assertion: { kind: "pod", at: 10_000, condition: { type: "Ready", status: "True" } }, passed: true, says: "condition Ready True" },
  { name: "a condition not yet set", assertion: { kind: "pod", at: 0, condition: { type: "Ready", status: "True" } }, passed: false, says: "(not set)" },
  { name: "before the pod existed", assertion: { kind: "pod", at: -1, phase: "Pending" }, passed: false, says: "did not exist" },
  { name: "container restart count", assertion: { kind: "container", at: 80_000, name: "liveness", restartCount: 1, state: "running" }, passed: true, says: "restart count" },
  { name: "container that does not exist", assertion: { kind: "container", at: 80_000, name: "web" }, passed: false, says: 'no container named "web" (it had: liveness)' },
  { name: "container waiting reason", assertion: { kind: "container", at: 0, name: "liveness", reason: "ContainerCreating" }, passed: true, says: "ContainerCreating" },
  { name: "container exit code wrong", assertion: { kind: "container", at: 10_000, name: "liveness", exitCode: 0 }, passed: false, says: "exit code 0, but it was null" },
  { name: "an event in its window", assertion: { kind: "event", reason: "Killing", object: obj, from: 31_000, to: 120_000 }, passed: true, says: "first at 45 s" },
  { name: "an event too early for its window", assertion: { kind: "event", reason: "Killing", object: obj, from: 50_000, to: 120_000 }, passed: false, says: "outside that window, first at 45 s" },
  { name: "an event that must not happen", assertion: { kind: "event", reason: "Killing", to: 30_000, count: 0 }, passed: true, says: "Saw 0" },
  { name: "how many events", assertion: { kind: "event", reason: "Unhealthy", type: "Warning", count: 3 }, passed: true, says: "Saw 3" },
  { name: "too many events", assertion: { kind: "event", reason: "Unhealthy", count: { max: 2 } }, passed: false, says: "at most 2" },
  { name: "event message text", assertion: { kind: "event", reason: "Killing", messageContains: "failed liveness probe" }, passed: true, says: "Saw 1" },
  { name: "event message not matching", assertion: { kind: "event", reason: "Killing", messageContains: "readiness" }, passed: false, says: "but not matching: \"Container liveness failed liveness probe" },
  { name: "an event that never happened", assertion: { kind: "event", reason: "BackOff" }, passed: false, says: "What happened: Scheduled 0 s" },
  {
    name: "events in order",
    assertion: { kind: "eventOrder", events: [{ reason: "Unhealthy" }, { reason: "Killing" }, { reason: "Started", object: obj }] },
    passed: false,
    says: "came after",
  },
  { name: "events in the right order", assertion: { kind: "eventOrder", events: [{ reason: "Started" }, { reason: "Unhealthy" }, { reason: "Killing" }] }, passed: true, says: "Started → Unhealthy → Killing" },
  { name: "events in order, one missing", assertion: { kind: "eventOrder", events: [{ reason: "Started" }, { reason: "PreStopHookFailed" }] }, passed: false, says: "there was none" },
  { name: "an exec's exit code", assertion: { kind: "exec", at: 20_000, container: "liveness", exitCode: 0 }, passed: true, says: "gave what was expected" },
  { name: "an exec that failed", assertion: { kind: "exec", at: 40_000, container: "liveness", exitCode: 0 }, passed: false, says: "No such file or directory" },
  { name: "an exec that was not run", assertion: { kind: "exec", at: 41_000, container: "liveness", exitCode: 0 }, passed: false, says: "no result" },
  { name: "a pod field by list name", assertion: { kind: "podField", path: "spec.containers[name=liveness].image", equals: "busybox" }, passed: true, says: '"busybox"' },
  { name: "a pod field by index", assertion: { kind: "podField", path: "spec.containers[0].image", matches: "^busy" }, passed: true, says: "as expected" },
  { name: "a pod field not set", assertion: { kind: "podField", path: "spec.shareProcessNamespace", equals: true }, passed: false, says: "it is not set" },
  { name: "a pod field that must not be set", assertion: { kind: "podField", path: "spec.hostNetwork", exists: false }, passed: true, says: "not set" },
  { name: "some warning, when there is one", assertion: { kind: "warnings" }, passed: true, says: 'unknown field "spec.foo" (line 5)' },
  { name: "no warnings, when there is one", assertion: { kind: "warnings", count: 0 }, passed: false, says: 'Expected exactly 0 warning(s) from the API server; there were 1: unknown field "spec.foo" (line 5)' },
  { name: "a warning of a type on a field", assertion: { kind: "warnings", type: "UnknownField", field: "spec.foo", count: 1 }, passed: true, says: "exactly 1 UnknownField warning(s) on spec.foo" },
  { name: "no warning of another type", assertion: { kind: "warnings", type: "DuplicateField", count: 0 }, passed: true, says: "there were none" },
  { name: "a warning on another field", assertion: { kind: "warnings", field: "spec.bar" }, passed: false, says: "at least 1 warning(s) on spec.bar from the API server; there were none" },
  { name: "a warnings check on a rejected Pod", trace: rejectedTrace, assertion: { kind: "warnings", count: 0 }, passed: false, says: "Not checked: the API server rejected the Pod" },
];

describe("checkAssertion", () => {
  it.each(cases)("$name", ({ trace = livenessTrace, assertion, passed, says }) => {
    const outcome = checkAssertion(trace, assertion);
    expect(outcome.passed).toBe(passed);
    expect(outcome.message).toContain(says);
    // Stored as JSON with the verdict: nothing may be lost on the way (no undefined, no functions).
    expect(JSON.parse(JSON.stringify(outcome.messageData))).toEqual(outcome.messageData);
  });
});

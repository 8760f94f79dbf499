import { describe, expect, it } from "vitest";
import { type GradableExercise, gradeExercise } from "../../../worker/grader/grade-exercise.ts";
import type { SimInput } from "../../../worker/sim/sim-result.ts";
import { livenessTrace, rejectedTrace } from "./trace-fixture.ts";

const title = { en: "t", zh: "题" };
const hint = { en: "Add a livenessProbe.", zh: "添加 livenessProbe。" };
const exercise: GradableExercise = {
  id: "liveness-exec",
  hash: "abc123",
  scenarios: [
    { id: "default", clusterYaml: undefined, until: 120_000, execs: [] },
    { id: "with-exec", clusterYaml: "kind: Node", until: 60_000, deleteAt: 50_000, execs: [{ at: 20_000, container: "liveness", command: "cat /tmp/healthy" }] },
  ],
  checks: [
    { id: "restarted", title, scenario: "default", weight: 3, hint, assert: { kind: "event", reason: "Killing", from: 31_000, to: 120_000 } },
    { id: "not-early", title, scenario: "default", weight: 1, hint, assert: { kind: "event", reason: "Killing", to: 30_000, count: 0 } },
    { id: "no-backoff", title, scenario: "with-exec", weight: 1, hint, assert: { kind: "event", reason: "BackOff" } },
  ],
};

describe("gradeExercise", () => {
  it("runs each scenario with its settings and weighs the checks", () => {
    const inputs: SimInput[] = [];
    const verdict = gradeExercise(exercise, "pod: yaml", (input) => {
      inputs.push(input);
      return livenessTrace;
    });
    expect(inputs).toEqual([
      { podYaml: "pod: yaml", clusterYaml: undefined, untilMs: 120_000, deleteAtMs: undefined, execs: [] },
      { podYaml: "pod: yaml", clusterYaml: "kind: Node", untilMs: 60_000, deleteAtMs: 50_000, execs: [{ atMs: 20_000, container: "liveness", command: "cat /tmp/healthy" }] },
    ]);
    expect(verdict).toMatchObject({ version: 2, exerciseId: "liveness-exec", exerciseHash: "abc123", admitted: true, passed: false, score: 80 });
    expect(verdict.checks.map((c) => [c.id, c.passed])).toEqual([["restarted", true], ["not-early", true], ["no-backoff", false]]);
    expect(verdict.checks[0]).not.toHaveProperty("hint");
    expect(verdict.checks[2]!.hint).toEqual(hint);
    expect(verdict.warnings).toHaveLength(1);
    expect(verdict.traces.map((t) => t.scenario)).toEqual(["default", "with-exec"]);
  });

  it("fails every check of a rejected Pod and passes on the admission errors", () => {
    const verdict = gradeExercise(exercise, "bad", () => rejectedTrace);
    expect(verdict).toMatchObject({ admitted: false, passed: false, score: 0 });
    expect(verdict.errors[0]).toMatchObject({ line: 7, column: 5 });
    expect(verdict.checks.every((c) => !c.passed && c.message.includes("rejected"))).toBe(true);
  });

  it("scores 100 when every check passes", () => {
    const simple = { ...exercise, checks: exercise.checks.slice(0, 2) };
    expect(gradeExercise(simple, "ok", () => livenessTrace)).toMatchObject({ passed: true, score: 100 });
  });
});

import { describe, expect, it } from "vitest";
import { exerciseFileSchema } from "../../../worker/grader/exercise/exercise-schema.ts";

const valid = {
  id: "liveness-exec",
  title: { en: "Liveness", zh: "存活探针" },
  prompt: { en: "Do it.", zh: "做吧。" },
  points: 20,
  difficulty: "medium",
  starter: "apiVersion: v1",
  scenarios: [{ id: "default", until: "2m", deleteAt: 90, execs: [{ at: "1m30s", container: "c", command: "ls" }] }],
  checks: [{ id: "restarted", title: { en: "t", zh: "题" }, scenario: "default", hint: { en: "h", zh: "提示" }, assert: { kind: "event", reason: "Killing", from: "31s" } }],
  solutions: ["apiVersion: v1"],
  wrongAnswers: [{ yaml: "apiVersion: v1", fails: ["restarted"] }],
};

describe("exerciseFileSchema", () => {
  it("reads durations into milliseconds and fills defaults", () => {
    const parsed = exerciseFileSchema.parse(valid);
    expect(parsed.scenarios[0]).toMatchObject({ until: 120_000, deleteAt: 90_000, execs: [{ at: 90_000 }] });
    expect(parsed.checks[0]).toMatchObject({ weight: 1, assert: { from: 31_000 } });
  });

  const broken: { name: string; change: (e: typeof valid) => unknown; path: string; says: string }[] = [
    { name: "a check naming a missing scenario", change: (e) => ({ ...e, checks: [{ ...e.checks[0], scenario: "other" }] }), path: "checks.0.scenario", says: 'scenario "other"' },
    { name: "an unknown assertion kind", change: (e) => ({ ...e, checks: [{ ...e.checks[0], assert: { kind: "vibes" } }] }), path: "checks.0.assert.kind", says: "" },
    { name: "a wrong answer naming a missing check", change: (e) => ({ ...e, wrongAnswers: [{ yaml: "x", fails: ["nope"] }] }), path: "wrongAnswers.0.fails.0", says: 'check "nope"' },
    { name: "a bad duration", change: (e) => ({ ...e, scenarios: [{ ...e.scenarios[0], until: "soon" }] }), path: "scenarios.0.until", says: '"soon" is not a duration' },
    { name: "no reference solution", change: (e) => ({ ...e, solutions: [] }), path: "solutions", says: "" },
    { name: "an unknown key in an assertion", change: (e) => ({ ...e, checks: [{ ...e.checks[0], assert: { kind: "admitted", extra: 1 } }] }), path: "checks.0.assert", says: "" },
    { name: "two checks with one id", change: (e) => ({ ...e, checks: [e.checks[0], e.checks[0]] }), path: "checks.1.id", says: "used by two checks" },
  ];
  it.each(broken)("refuses $name at $path", ({ change, path, says }) => {
    const result = exerciseFileSchema.safeParse(change(valid));
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join(".") === path);
    expect(issue, JSON.stringify(result.error!.issues)).toBeDefined();
    expect(issue!.message).toContain(says);
  });
});

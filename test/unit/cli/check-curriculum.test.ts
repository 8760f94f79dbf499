import { describe, expect, it } from "vitest";
import type { Lesson } from "../../../lib/lessons/load-curriculum.ts";
import { checkCurriculum } from "../../../worker/cli/check-curriculum.ts";
import { lessonExamples } from "../../../lib/lessons/lesson-examples.ts";
import type { SimInput, SimResult } from "../../../worker/sim/sim-result.ts";
import { livenessTrace, rejectedTrace } from "../grader/trace-fixture.ts";

const title = { en: "t", zh: "题" };
const check = (id: string, reason: string) => ({ id, title, scenario: "default", weight: 1, hint: title, assert: { kind: "event" as const, reason } });

function lessonWith(markdown: string, wrongFails: string[]): Lesson {
  return {
    id: "probes",
    title,
    position: 1,
    folder: "lessons/09-probes",
    markdown: { en: markdown, zh: "" },
    draft: false,
    brokenExercises: [],
    exercises: [
      {
        id: "liveness-exec",
        title,
        prompt: title,
        points: 10,
        difficulty: "easy",
        starter: "x",
        scenarios: [{ id: "default", until: 120_000, execs: [] }],
        checks: [check("killed", "Killing"), check("started", "Started")],
        solutions: ["good"],
        wrongAnswers: [{ yaml: "bad", fails: wrongFails, why: "no probe" }],
        draft: false,
        lessonId: "probes",
        file: "lessons/09-probes/exercises/liveness-exec.yaml",
        position: 1,
        gradable: {
          id: "liveness-exec",
          hash: "h",
          scenarios: [{ id: "default", clusterYaml: undefined, until: 120_000, execs: [] }],
          checks: [check("killed", "Killing"), check("started", "Started")],
        },
      },
    ],
  };
}

// "good" behaves like the liveness example; "bad" is rejected; lesson examples are admitted
// unless they contain the word "broken".
const simulate = (input: SimInput): SimResult =>
  input.podYaml === "bad" || input.podYaml.includes("broken") ? rejectedTrace : livenessTrace;

const example = "# Probes\n\n```yaml simulate until=90s delete-at=60s exec=35s:app:cat /tmp/a:b\nkind: Pod\n```\n```yaml cluster\nkind: Node\n```\n";

describe("checkCurriculum", () => {
  it("finds nothing wrong when solutions pass and wrong answers fail exactly as listed", () => {
    expect(checkCurriculum([lessonWith(example, ["killed", "started"])], simulate)).toEqual([]);
  });

  it("compares the failed checks as a set, whatever order the file lists them in", () => {
    expect(checkCurriculum([lessonWith(example, ["started", "killed"])], simulate)).toEqual([]);
  });

  it("names a wrong answer that fails other checks than it lists", () => {
    expect(checkCurriculum([lessonWith(example, ["killed"])], simulate)).toEqual([
      "lessons/09-probes/exercises/liveness-exec.yaml: wrong answer 1 (no probe) should fail [killed] but fails [killed, started]",
    ]);
  });

  it("names a lesson example the API server rejects, with its line", () => {
    const problems = checkCurriculum([lessonWith("Intro\n\n```yaml simulate\nbroken\n```\n", ["killed", "started"])], simulate);
    expect(problems).toEqual(["lessons/09-probes/en.md:3: the simulated example is rejected: spec.containers[0].image: Required value"]);
  });
});

describe("lessonExamples", () => {
  it("reads a simulated example's options and its cluster block", () => {
    const [found] = lessonExamples(lessonWith(example, []));
    expect(found).toEqual({
      language: "en",
      line: 3,
      input: {
        podYaml: "kind: Pod\n",
        clusterYaml: "kind: Node\n",
        untilMs: 90_000,
        deleteAtMs: 60_000,
        execs: [{ atMs: 35_000, container: "app", command: "cat /tmp/a:b" }],
      },
    });
  });

  it("defaults to 600 s and no cluster", () => {
    const [found] = lessonExamples(lessonWith("```yaml simulate\nkind: Pod\n```\n", []));
    expect(found!.input).toMatchObject({ untilMs: 600_000, clusterYaml: undefined, deleteAtMs: undefined, execs: [] });
  });
});

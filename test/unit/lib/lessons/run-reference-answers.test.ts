import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type Exercise, loadCurriculum } from "../../../../lib/lessons/load-curriculum.ts";
import { runReferenceAnswers } from "../../../../lib/lessons/run-reference-answers.ts";
import { toAnswerVerdict } from "../../../../lib/queue/grade-answer-jobs.ts";
import { gradeExercise } from "../../../../worker/grader/grade-exercise.ts";
import { simulate } from "../../../../worker/sim/index.ts";

const exercise = loadCurriculum(resolve(import.meta.dirname, "../../../../lessons"))
  .flatMap((lesson) => lesson.exercises)
  .find((candidate) => candidate.id === "shared-volume")!;

// What a worker's grade-answer job does, in-process.
const gradeHere = (on: Exercise) => async (yaml: string) => toAnswerVerdict(gradeExercise(on.gradable, yaml, simulate));

describe("runReferenceAnswers", () => {
  it("reports every solution and wrong answer of a course exercise as behaving as declared", async () => {
    const runs = await runReferenceAnswers(exercise, gradeHere(exercise));
    expect(runs.map((run) => [run.kind, run.number])).toEqual([
      ...exercise.solutions.map((_, index) => ["solution", index + 1]),
      ...exercise.wrongAnswers.map((_, index) => ["wrongAnswer", index + 1]),
    ]);
    expect(runs.filter((run) => !run.isAsDeclared)).toEqual([]);
    const solution = runs[0]!;
    expect(solution).toMatchObject({ failed: [], expected: [], why: undefined });
    expect(solution.checks.map((check) => check.id)).toEqual(exercise.checks.map((check) => check.id));
    const wrong = runs.find((run) => run.kind === "wrongAnswer")!;
    expect(wrong.why).toBe(exercise.wrongAnswers[0]!.why);
    expect(new Set(wrong.failed)).toEqual(new Set(exercise.wrongAnswers[0]!.fails));
  });

  it("flags a wrong answer whose declared failures differ from what it fails, and a solution that fails", async () => {
    const [first, ...rest] = exercise.wrongAnswers;
    const misdeclared: Exercise = {
      ...exercise,
      solutions: [exercise.wrongAnswers[0]!.yaml],
      wrongAnswers: [{ ...first!, fails: exercise.checks.map((check) => check.id).filter((id) => !first!.fails.includes(id)) }, ...rest],
    };
    const runs = await runReferenceAnswers(misdeclared, gradeHere(misdeclared));
    expect(runs.map((run) => [run.kind, run.number, run.isAsDeclared])).toEqual([
      ["solution", 1, false],
      ["wrongAnswer", 1, false],
      ...rest.map((_, index) => ["wrongAnswer", index + 2, true]),
    ]);
    expect(runs[0]!.failed.length).toBeGreaterThan(0);
  });
});

// `podlab lessons check`: every exercise's reference solutions must pass every check, every
// known-wrong answer must fail exactly the checks it lists, and every simulated example in a
// lesson page must be a Pod the API server admits. Pure apart from what it is given.
import type { Lesson } from "../../lib/lessons/load-curriculum.ts";
import { gradeExercise } from "../grader/grade-exercise.ts";
import type { SimInput, SimResult } from "../sim/sim-result.ts";
import { lessonExamples } from "../../lib/lessons/lesson-examples.ts";

/** One thing wrong with the course, as a line a person can act on. */
export type CurriculumProblem = string;

/** Grades every solution and wrong answer, and simulates every lesson example. */
export function checkCurriculum(lessons: readonly Lesson[], simulate: (input: SimInput) => SimResult): CurriculumProblem[] {
  const problems: CurriculumProblem[] = [];
  for (const lesson of lessons) {
    for (const exercise of lesson.exercises) {
      exercise.solutions.forEach((yaml, index) => {
        const verdict = gradeExercise(exercise.gradable, yaml, simulate);
        for (const check of verdict.checks.filter((c) => !c.passed)) {
          problems.push(`${exercise.file}: solution ${index + 1} fails check ${check.id}: ${check.message}`);
        }
      });
      exercise.wrongAnswers.forEach((answer, index) => {
        const failed = gradeExercise(exercise.gradable, answer.yaml, simulate).checks.filter((c) => !c.passed).map((c) => c.id).sort();
        const expected = [...answer.fails].sort();
        if (failed.join(" ") !== expected.join(" ")) {
          const label = answer.why ? ` (${answer.why})` : "";
          problems.push(`${exercise.file}: wrong answer ${index + 1}${label} should fail [${expected.join(", ")}] but fails [${failed.join(", ")}]`);
        }
      });
    }
    for (const example of lessonExamples(lesson)) {
      const result = simulate(example.input);
      if (!result.admitted) {
        problems.push(`${lesson.folder}/${example.language}.md:${example.line}: the simulated example is rejected: ${result.errors[0]?.message ?? "?"}`);
      }
    }
  }
  return problems;
}

// An author's check of one exercise, as `podlab lessons check` does it for the whole course:
// every reference solution must pass every check, and every known-wrong answer must fail exactly
// the checks it declares. The grading itself is handed in (a worker job on the site). Pure
// apart from `gradeAnswer`.
import type { AnswerVerdict } from "../queue/grade-answer-jobs.ts";
import type { Exercise } from "./load-curriculum.ts";

/** The verdict on one reference answer, and whether it behaves as the exercise file says. */
export interface ReferenceRun {
  kind: "solution" | "wrongAnswer";
  /** 1-based, in file order within its kind. */
  number: number;
  /** A wrong answer's `why`. */
  why: string | undefined;
  checks: AnswerVerdict["checks"];
  /** Ids of the checks it failed, in check order. */
  failed: string[];
  /** The checks it should fail: none for a solution, `fails` for a wrong answer (check order). */
  expected: string[];
  /** A solution passes everything; a wrong answer fails exactly `expected`. */
  isAsDeclared: boolean;
}

/** Grades every solution and wrong answer of `exercise` (concurrently) and compares with the file. */
export async function runReferenceAnswers(exercise: Exercise, gradeAnswer: (yaml: string) => Promise<AnswerVerdict>): Promise<ReferenceRun[]> {
  const answers = [
    ...exercise.solutions.map((yaml, index) => ({ kind: "solution" as const, number: index + 1, yaml, why: undefined, fails: [] as string[] })),
    ...exercise.wrongAnswers.map((answer, index) => ({ kind: "wrongAnswer" as const, number: index + 1, yaml: answer.yaml, why: answer.why, fails: answer.fails })),
  ];
  const checkOrder = exercise.checks.map((check) => check.id);
  return Promise.all(
    answers.map(async ({ kind, number, yaml, why, fails }) => {
      const verdict = await gradeAnswer(yaml);
      const failed = verdict.checks.filter((check) => !check.passed).map((check) => check.id);
      const expected = checkOrder.filter((id) => fails.includes(id));
      const isAsDeclared = failed.length === expected.length && failed.every((id) => expected.includes(id));
      return { kind, number, why, checks: verdict.checks, failed, expected, isAsDeclared };
    }),
  );
}

// A grading thread: loads the course (again after an edit, in development), then grades (or simulates) one request at a time from
// its parent (grading-pool.ts). Grading is pure CPU; running it here keeps the worker's event loop free to
// renew job locks, lets one process use several cores, and lets the pool stop a run that
// overstays its time limit.
import { parentPort, workerData } from "node:worker_threads";
import { type GradeAnswerJob, toAnswerVerdict } from "../../lib/queue/grade-answer-jobs.ts";
import { gradeExercise } from "../grader/grade-exercise.ts";
import { simulate, type SimInput } from "../sim/index.ts";
import { reloadingCourseGrader } from "./course-grader.ts";

/** A request from the pool: grade a submission, run one simulation (the playground's), or grade an author's reference answer. */
export type ThreadRequest = { id: number } & (
  | { kind: "grade"; exerciseId: string; yaml: string }
  | { kind: "simulate"; input: SimInput }
  | ({ kind: "grade-answer" } & GradeAnswerJob)
);

const grade = reloadingCourseGrader((workerData as { lessonsRoot: string }).lessonsRoot, process.env.NODE_ENV !== "production");

function answer(request: ThreadRequest): unknown {
  switch (request.kind) {
    case "grade":
      return grade(request.exerciseId, request.yaml) ?? null;
    case "simulate":
      return simulate(request.input);
    case "grade-answer":
      return toAnswerVerdict(gradeExercise(request.exercise, request.yaml, simulate));
  }
}

parentPort!.on("message", (request: ThreadRequest) => {
  const { id } = request;
  try {
    const value = answer(request);
    parentPort!.postMessage({ id, value });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort!.postMessage({ ready: true });

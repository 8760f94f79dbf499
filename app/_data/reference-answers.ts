import "server-only";
import { AppError } from "@/lib/errors/app-error.ts";
import { runReferenceAnswers, type ReferenceRun } from "@/lib/lessons/run-reference-answers.ts";
import { isAuthor } from "@/lib/lessons/visible-curriculum.ts";
import { getLogger } from "@/lib/log/logger.ts";
import { runGradeAnswerJob } from "@/lib/queue/grade-answer-jobs.ts";
import { getGradingEvents, getGradingQueue } from "@/lib/queue/grading-queue.ts";
import { getExerciseFor } from "./curriculum.ts";
import type { Viewer } from "./viewer.ts";

const log = getLogger("web");

/** Beyond a worker's own time limit per answer, plus room for a queue shared with submissions. */
const waitForWorkerMs = 30_000;

/**
 * Grades the reference solutions and known-wrong answers of exercise `id`, as the files are now,
 * on the grading workers (never in this process). Instructors and admins only (403 otherwise);
 * 404 for no such exercise; 400 naming file and line when the exercise file is broken; 503 when
 * the workers do not answer in time.
 */
export async function runReferenceAnswersAs(viewer: Viewer, id: string): Promise<ReferenceRun[]> {
  if (!isAuthor(viewer.role)) throw new AppError("forbidden", `${viewer.role} asked to run reference answers`, "Only instructors and admins may run an exercise's reference answers.");
  const found = getExerciseFor(id, viewer);
  if (!found) throw new AppError("not_found", `no exercise ${id}`, "There is no such exercise.");
  if (found.kind === "broken") throw new AppError("bad_request", `broken exercise file ${found.broken.file}`, `This exercise file is broken: ${found.broken.message}`);
  const { exercise } = found;
  try {
    return await runReferenceAnswers(exercise, (yaml) => runGradeAnswerJob(getGradingQueue(), getGradingEvents(), { exercise: exercise.gradable, yaml }, waitForWorkerMs));
  } catch (error) {
    log.warn({ err: error, exerciseId: id }, "reference answers could not be graded");
    throw new AppError("unavailable", "reference answers not graded", "The graders could not run the reference answers just now (one took too long, or no worker answered). Try again in a moment.");
  }
}

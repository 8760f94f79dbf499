// A grading thread: loads the course once, then grades one request at a time from its parent
// (grading-pool.ts). Grading is pure CPU; running it here keeps the worker's event loop free to
// renew job locks, lets one process use several cores, and lets the pool stop a run that
// overstays its time limit.
import { parentPort, workerData } from "node:worker_threads";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { courseGrader } from "./course-grader.ts";

/** A request from the pool. */
export interface GradingRequest {
  id: number;
  exerciseId: string;
  yaml: string;
}

const grade = courseGrader(loadCurriculum((workerData as { lessonsRoot: string }).lessonsRoot));

parentPort!.on("message", ({ id, exerciseId, yaml }: GradingRequest) => {
  try {
    parentPort!.postMessage({ id, verdict: grade(exerciseId, yaml) ?? null });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort!.postMessage({ ready: true });

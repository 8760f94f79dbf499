// A grading thread: loads the course once, then grades (or simulates) one request at a time from
// its parent (grading-pool.ts). Grading is pure CPU; running it here keeps the worker's event loop free to
// renew job locks, lets one process use several cores, and lets the pool stop a run that
// overstays its time limit.
import { parentPort, workerData } from "node:worker_threads";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { simulate, type SimInput } from "../sim/index.ts";
import { courseGrader } from "./course-grader.ts";

/** A request from the pool: grade a submission, or run one simulation (the playground's). */
export type ThreadRequest = { id: number } & ({ kind: "grade"; exerciseId: string; yaml: string } | { kind: "simulate"; input: SimInput });

const grade = courseGrader(loadCurriculum((workerData as { lessonsRoot: string }).lessonsRoot));

parentPort!.on("message", (request: ThreadRequest) => {
  const { id } = request;
  try {
    const value = request.kind === "grade" ? (grade(request.exerciseId, request.yaml) ?? null) : simulate(request.input);
    parentPort!.postMessage({ id, value });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort!.postMessage({ ready: true });

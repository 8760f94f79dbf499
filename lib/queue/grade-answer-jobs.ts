// An author's check of an exercise's reference answers runs on the workers, like the playground:
// one "grade-answer" job per answer carries the exercise as the web server read it (so an edit
// in development is graded as edited) and the answer's YAML; the worker grades it on its thread
// pool, under its time limit, and sends back the checks without the traces.
import type { Queue, QueueEvents } from "bullmq";
import type { GradableExercise } from "../../worker/grader/grade-exercise.ts";
import type { Verdict } from "../../worker/grader/verdict.ts";

/** The job name of grading one reference answer (submissions are "grade", playground runs "simulate"). */
export const gradeAnswerJobName = "grade-answer";

/** What a grade-answer job carries. Built by the web server from the course files, never from a request. */
export interface GradeAnswerJob {
  exercise: GradableExercise;
  yaml: string;
}

/** A verdict without its traces: enough to say which checks an answer passes. */
export interface AnswerVerdict {
  admitted: boolean;
  score: number;
  checks: Pick<Verdict["checks"][number], "id" | "title" | "passed" | "message" | "messageData">[];
}

/** Drops what an author's report does not show (the traces, hints, API-server details). Pure. */
export function toAnswerVerdict(verdict: Verdict): AnswerVerdict {
  return {
    admitted: verdict.admitted,
    score: verdict.score,
    checks: verdict.checks.map(({ id, title, passed, message, messageData }) => ({ id, title, passed, message, messageData })),
  };
}

/** Grades one answer on a worker and waits for the result, at most `timeoutMs`. */
export async function runGradeAnswerJob(queue: Queue, events: QueueEvents, job: GradeAnswerJob, timeoutMs: number): Promise<AnswerVerdict> {
  // Kept a minute after completing, so a quick job's result is still there when waitUntilFinished looks.
  const added = await queue.add(gradeAnswerJobName, job, { attempts: 1, removeOnComplete: { age: 60 }, removeOnFail: { age: 600 } });
  return (await added.waitUntilFinished(events, timeoutMs)) as AnswerVerdict;
}

// An author's "run the reference answers" goes through the real queue to a real worker process:
// each answer is a grade-answer job graded on the worker's thread pool, never in the caller.
import { resolve } from "node:path";
import { QueueEvents } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { runReferenceAnswers } from "../../lib/lessons/run-reference-answers.ts";
import { consumerConnection, gradingQueueName } from "../../lib/queue/grading-queue.ts";
import { gradeAnswerJobName, runGradeAnswerJob, toAnswerVerdict } from "../../lib/queue/grade-answer-jobs.ts";
import { gradeExercise } from "../../worker/grader/grade-exercise.ts";
import { simulate } from "../../worker/sim/index.ts";
import { createTestEnv, type RunningProcess, startWorker, type TestEnv } from "../support/test-env.ts";

let t: TestEnv;
let worker: RunningProcess;
let events: QueueEvents;

beforeAll(async () => {
  t = await createTestEnv();
  worker = await startWorker(t.env());
  events = new QueueEvents(gradingQueueName, { connection: consumerConnection(t.redisUrl), prefix: t.queuePrefix });
  await events.waitUntilReady();
});

afterAll(async () => {
  await events?.close();
  await worker?.stop();
  await t?.cleanup();
});

const exercise = loadCurriculum(resolve(import.meta.dirname, "../../lessons"))
  .flatMap((lesson) => lesson.exercises)
  .find((candidate) => candidate.id === "graceful-prestop")!;

describe("reference answers on a worker", () => {
  it("grades every solution and wrong answer as a grade-answer job, with the grader's own verdicts", async () => {
    const runs = await runReferenceAnswers(exercise, (yaml) => runGradeAnswerJob(t.queue, events, { exercise: exercise.gradable, yaml }, 30_000));
    expect(runs).toHaveLength(exercise.solutions.length + exercise.wrongAnswers.length);
    expect(runs.every((run) => run.checks.length === exercise.checks.length)).toBe(true);
    // Whether the course's answers still behave as declared is `lessons check`'s business; here,
    // the worker must give exactly what grading in-process gives.
    const here = await runReferenceAnswers(exercise, async (yaml) => toAnswerVerdict(gradeExercise(exercise.gradable, yaml, simulate)));
    expect(runs).toEqual(here);
    expect(runs[0]).toMatchObject({ kind: "solution", number: 1, failed: [], isAsDeclared: true });
    const completed = await t.queue.getJobs(["completed"]);
    expect(completed.filter((job) => job.name === gradeAnswerJobName)).toHaveLength(runs.length);
  });

  it("grades the exercise the job carries, not the worker's copy of the course (edits in development)", async () => {
    const edited = { ...exercise.gradable, checks: exercise.gradable.checks.slice(0, 1) };
    const verdict = await runGradeAnswerJob(t.queue, events, { exercise: edited, yaml: exercise.solutions[0]! }, 30_000);
    expect(verdict.checks.map((check) => check.id)).toEqual([exercise.checks[0]!.id]);
    expect(verdict.checks[0]!.passed).toBe(true);
  });
});

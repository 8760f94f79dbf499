// A grading worker killed with SIGKILL while submissions keep arriving (issue 9's faults): the
// jobs it held are taken again once their locks lapse, the others go on being graded by the
// worker still running and by a replacement, and every submission ends graded exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { createSubmission } from "../../lib/submissions/create-submission.ts";
import { validPod } from "../fixtures/pods.ts";
import { createLearner } from "../support/accounts.ts";
import { createTestEnv, eventually, type RunningProcess, startWorker, type TestEnv } from "../support/test-env.ts";

let t: TestEnv;
const workers: RunningProcess[] = [];

beforeAll(async () => {
  t = await createTestEnv();
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop("SIGKILL")));
  await t?.cleanup();
});

/** Short locks, so a dead worker's jobs are taken again within seconds rather than 30. */
const workerEnv = () => t.env({ JOB_LOCK_MS: "1000", REQUEUE_AFTER_MS: "4000" });

describe("a worker killed with SIGKILL mid-load", () => {
  it("grades every submission exactly once", async () => {
    const log = pino({ level: "silent" });
    const learners = await Promise.all(Array.from({ length: 4 }, () => createLearner(t.db)));
    const submit = (index: number) =>
      createSubmission(t.db, t.queue, log, { userId: learners[index % learners.length]!.id, exerciseId: "first-pod", yaml: validPod });
    const backlog = 200;
    const total = 280;
    // A backlog first, so both workers are busy from the start and the killed one dies holding jobs.
    const ids = await Promise.all(Array.from({ length: backlog }, (_, index) => submit(index).then(({ id }) => id)));
    const [doomed, survivor] = await Promise.all([startWorker(workerEnv()), startWorker(workerEnv())]);
    workers.push(doomed, survivor);
    // Killed once it has graded a few itself: it is then working through the backlog, holding
    // jobs it has claimed (grading is fast enough that waiting on the total alone could let the
    // other worker clear the backlog first, and the kill interrupt nothing).
    const gradedBy = (worker: RunningProcess) => worker.output().split('"msg":"graded"').length - 1;
    await eventually(async () => gradedBy(doomed), (graded) => graded >= 5);
    await doomed.stop("SIGKILL");
    const replacement = startWorker(workerEnv());
    // Submissions keep coming while the dead worker's jobs wait out their locks.
    for (let index = backlog; index < total; index++) ids.push((await submit(index)).id);
    workers.push(await replacement);

    const rows = await eventually(
      () => t.db.submission.findMany({ where: { id: { in: ids } }, select: { status: true, score: true, attempts: true } }),
      (list) => list.every((row) => row.status === "graded"),
      90_000,
    );
    expect(rows).toHaveLength(total);
    expect(rows.filter((row) => row.score !== 100)).toEqual([]);
    // The kill did interrupt work (else this test proves nothing): some jobs were started again.
    expect(rows.filter((row) => row.attempts > 1).length).toBeGreaterThan(0);
    // Exactly once: each learner's attempts count every submission once, however often it ran.
    const progress = await t.db.progress.findMany({ where: { exerciseId: "first-pod" }, select: { attempts: true } });
    expect(progress.map((row) => row.attempts)).toEqual(learners.map(() => total / learners.length));
    expect(survivor.child.exitCode).toBeNull();
  }, 120_000);
});

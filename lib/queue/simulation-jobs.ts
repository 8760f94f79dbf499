// Playground runs go through the grading queue too: a "simulate" job runs on a worker's thread
// pool under its time limit, so an expensive Pod never blocks the web server.
import type { Queue, QueueEvents } from "bullmq";
import type { SimInput, SimResult } from "../../worker/sim/index.ts";

/** The job name of a playground simulation (grading jobs are "grade"). */
export const simulateJobName = "simulate";

/** Runs one simulation on a worker and waits for its result, at most `timeoutMs`. */
export async function runSimulationJob(queue: Queue, events: QueueEvents, input: SimInput, timeoutMs: number): Promise<SimResult> {
  // Completed jobs stay a minute: a quick run can finish before waitUntilFinished looks, and it
  // then reads the result from the job; removed at once, the job was "missing" and the run failed.
  const job = await queue.add(simulateJobName, input, { attempts: 1, removeOnComplete: { age: 60 }, removeOnFail: { age: 600 } });
  return (await job.waitUntilFinished(events, timeoutMs)) as SimResult;
}

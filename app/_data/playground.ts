import "server-only";
import { parsePlaygroundInput, type PlaygroundField } from "@/app/playground/parse-playground-input.ts";
import { asPlaygroundState } from "@/app/playground/playground-state.ts";
import { getLogger } from "@/lib/log/logger.ts";
import { getGradingEvents, getGradingQueue } from "@/lib/queue/grading-queue.ts";
import { runSimulationJob } from "@/lib/queue/simulation-jobs.ts";
import { type SimInput, type SimResult, simulate } from "@/worker/sim/index.ts";

const log = getLogger("web");

/** A playground run: the simulation with its input, or why it did not run (for the person). */
export type PlaygroundRun =
  | { ok: true; input: SimInput; result: SimResult }
  | { ok: false; field: PlaygroundField | null; message: string };

/** Beyond the worker's own time limit, plus room for the queue. */
const waitForWorkerMs = 20_000;

/**
 * Checks untrusted playground fields against the submission limits and simulates them on a
 * grading worker (its thread pool bounds every run in time, and the web server stays free).
 * Never throws: bad input is a message naming the field; a run that fails or overstays, one
 * plain sentence. Open to guests, like the lessons' examples: no account is needed to try a Pod.
 */
export async function runPlayground(value: unknown): Promise<PlaygroundRun> {
  const state = asPlaygroundState(value);
  if (!state) return { ok: false, field: null, message: "The playground sent an incomplete request. Reload the page and try again." };
  const parsed = parsePlaygroundInput(state);
  if (!parsed.ok) return parsed;
  try {
    const result = await runSimulationJob(getGradingQueue(), getGradingEvents(), parsed.input, waitForWorkerMs);
    return { ok: true, input: parsed.input, result };
  } catch (error) {
    log.warn({ err: error }, "playground simulation failed");
    const message = /longer than|timed out|timeout/i.test(String(error))
      ? "This Pod takes too long to simulate. Shorten the duration or remove busy loops, then try again."
      : "The simulator could not run this Pod just now. Please try again in a moment.";
    return { ok: false, field: null, message };
  }
}

/** The page's built-in example: trusted input, simulated right here. */
export function runExample(value: unknown): PlaygroundRun {
  const parsed = parsePlaygroundInput(asPlaygroundState(value)!);
  return parsed.ok ? { ok: true, input: parsed.input, result: simulate(parsed.input) } : parsed;
}

import "server-only";
import { parsePlaygroundInput, type PlaygroundField } from "@/app/playground/parse-playground-input.ts";
import { asPlaygroundState } from "@/app/playground/playground-state.ts";
import { getLogger } from "@/lib/log/logger.ts";
import { type SimInput, type SimResult, simulate } from "@/worker/sim/index.ts";

const log = getLogger("web");

/** A playground run: the simulation with its input, or why it did not run (for the person). */
export type PlaygroundRun =
  | { ok: true; input: SimInput; result: SimResult }
  | { ok: false; field: PlaygroundField | null; message: string };

/**
 * Checks untrusted playground fields against the submission limits and simulates them. Never
 * throws: bad input is a message naming the field, and a simulator failure one generic sentence.
 * Open to guests, like the lessons' examples: no account is needed to try a Pod.
 */
export function runPlayground(value: unknown): PlaygroundRun {
  const state = asPlaygroundState(value);
  if (!state) return { ok: false, field: null, message: "The playground sent an incomplete request. Reload the page and try again." };
  const parsed = parsePlaygroundInput(state);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, input: parsed.input, result: simulate(parsed.input) };
  } catch (error) {
    log.error({ err: error }, "playground simulation failed");
    return { ok: false, field: null, message: "The simulator could not run this Pod. Please report it with the share link." };
  }
}

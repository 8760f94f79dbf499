"use server";
// The playground's one server action: simulate the inputs and send back the drawn result. The
// timeline is rendered here, on the server, so the kubectl renderer never ships to the browser.
import type { ReactNode } from "react";
import { getLanguage } from "@/app/_data/language.ts";
import { runPlayground } from "@/app/_data/playground.ts";
import type { Problem } from "@/worker/sim/index.ts";
import type { PlaygroundField } from "./parse-playground-input.ts";
import { PlaygroundResult } from "./playground-result.tsx";

/** What the browser gets back: the rendered result and the Pod's problems (for editor markers), or a message. */
export type SimulateOutcome =
  | { ok: true; view: ReactNode; admitted: boolean; podErrors: Problem[]; podWarnings: Problem[] }
  | { ok: false; field: PlaygroundField | null; message: string };

const clusterPrefix = "cluster file: ";

/** Simulates the playground inputs (untrusted: checked by runPlayground). */
export async function simulatePlayground(value: unknown): Promise<SimulateOutcome> {
  const run = await runPlayground(value);
  if (!run.ok) return run;
  const language = await getLanguage();
  const inPod = (problem: Problem) => !problem.message.startsWith(clusterPrefix);
  return {
    ok: true,
    view: <PlaygroundResult result={run.result} untilMs={run.input.untilMs} language={language} />,
    admitted: run.result.admitted,
    podErrors: run.result.errors.filter(inPod),
    podWarnings: run.result.warnings.filter(inPod),
  };
}

// The `podlab simulate --output text` view (simulate-contract.md): what a person would see
// running `kubectl apply -f FILE`, then `kubectl get pods -w` for the whole run, then
// `kubectl describe pod NAME` at the end of the run, then each exec. Ages are taken at the end
// of the run, as kubectl would compute them at that moment. The simulated API server validates
// fields in Warn mode (admit-pod.ts): kubectl prints each warning as `Warning: MESSAGE` before its
// result. kubectl's own default, --validate=strict, would refuse a Pod with an unknown or
// duplicate field, so when there is one the command is shown as `--validate=warn`.
import type { Pod } from "kubernetes-types/core/v1";
import type { SimResult } from "../sim-result.ts";
import { describePod } from "./describe-pod.ts";
import { renderExecs } from "./render-execs.ts";
import { renderGetPodsWatch } from "./render-get-pods-watch.ts";
import { renderRejection } from "./render-rejection.ts";

/** What the text view needs besides the result. */
export interface TextContext {
  /** The POD.yaml argument as given, or `STDIN` (kubectl's name for `-f -`). */
  podFileName: string;
  /** How much virtual time was simulated: "now" for describe's ages. */
  untilMs: number;
  /** metadata.name as written in the YAML; a rejected pod has no stored object to take it from. */
  writtenName: string;
}

/** The whole text view of `result`; ends with a newline. Pure. */
export function renderText(result: SimResult, context: TextContext): string {
  const applyArg = context.podFileName === "STDIN" ? "-" : context.podFileName;
  const warnings = result.warnings.map((warning) => `Warning: ${warning.message}\n`).join("");
  const fieldWarning = result.warnings.some((warning) => warning.type === "UnknownField" || warning.type === "DuplicateField");
  const apply = `$ kubectl apply ${fieldWarning ? "--validate=warn " : ""}-f ${applyArg}\n${warnings}`;
  if (!result.admitted || result.pod === null) {
    return apply + renderRejection(result.errors, context.podFileName, context.writtenName);
  }
  const pod = result.pod as Pod;
  const name = pod.metadata?.name ?? context.writtenName;
  const sections = [
    `${apply}pod/${name} created\n`,
    `$ kubectl get pods -w\n${renderGetPodsWatch(name, pod, result.snapshots)}`,
    `$ kubectl describe pod ${name}\n${describePod(pod, result.events, context.untilMs / 1000)}`,
  ];
  if (result.execs.length > 0) sections.push(renderExecs(name, result.execs));
  return sections.join("\n");
}

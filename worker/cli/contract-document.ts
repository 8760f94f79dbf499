// The `podlab simulate --output json` document: exactly the contract's keys, in its order
// (shared/reference/simulate-contract.md). SimResult carries more for the site (probeRuns,
// hookRuns); other programs parse this document, so nothing else may reach it.
import type { SimResult } from "../sim/sim-result.ts";

/** The contract's document for `result`, keys in the contract's order. Pure. */
export function contractDocument(result: SimResult) {
  const { admitted, errors, warnings, pod, events, snapshots, execs } = result;
  return { admitted, errors, warnings, pod, events, snapshots, execs };
}

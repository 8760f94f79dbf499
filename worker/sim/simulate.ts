// The simulator's one entry point (simulate-contract.md): cluster file → admission → the
// discrete-event run → the contract document. Pure and deterministic: no clock, no randomness,
// no I/O; the same input gives byte-identical JSON.
//
// Cluster-file errors: the run cannot start without a cluster, so the result is a rejection
// (`admitted: false`, empty pod/events/snapshots/execs) whose `errors` are the cluster file's
// problems, each of type `ClusterFileInvalid`. Their `message` starts with `cluster file: ` (and
// the document number when the problem is inside one), `field` is the field path inside that
// object, and `line`/`column` point into the CLUSTER file, not POD.yaml. The CLI exits 2 on them
// ("unreadable files"): the learner's Pod was never looked at.
//
// A run that a bound (loop steps, recorded events or snapshots) ended before --until still
// returns what it recorded, with a `SimulationTruncated` warning saying when it stopped.
import type { Pod } from "kubernetes-types/core/v1";
import { admitInput } from "./admission/admit-cached.ts";
import type { Problem } from "./admission/problem.ts";
import type { ClusterProblem } from "./cluster/cluster-problem.ts";
import { recordLimits } from "./engine/recorder.ts";
import { maxSteps, runSimulation, type Truncation } from "./engine/run-simulation.ts";
import type { PodState } from "./kubelet/pod-state.ts";
import { apiStatus, apiTime } from "./kubelet/status/api-status.ts";
import type { SimInput, SimResult } from "./sim-result.ts";

/** Runs one `podlab simulate`. Pure. */
export function simulate(input: SimInput): SimResult {
  const admitted = admitInput(input.podYaml, input.clusterYaml);
  if (!admitted.ok) return rejected(admitted.clusterErrors.map(clusterProblem), []);
  const { cluster, admission } = admitted;
  if (!admission.admitted || admission.pod === null) return rejected(admission.errors, admission.warnings);
  const run = runSimulation(input, admission.pod, cluster);
  const warnings = run.truncation === undefined ? admission.warnings : [...admission.warnings, truncationWarning(run.truncation, input.untilMs)];
  return {
    admitted: true,
    errors: [],
    warnings,
    pod: storedPod(admission.pod, run.state),
    events: run.events,
    snapshots: run.snapshots,
    execs: run.execs,
    probeRuns: run.probeRuns,
    hookRuns: run.hookRuns,
  };
}

function rejected(errors: Problem[], warnings: Problem[]): SimResult {
  return { admitted: false, errors, warnings, pod: null, events: [], snapshots: [], execs: [], probeRuns: [], hookRuns: [] };
}

/** The admitted Pod as stored at the end: nodeName from binding, deletion fields, status. */
function storedPod(admitted: Pod, state: PodState): Record<string, unknown> {
  const metadata: Record<string, unknown> = { ...admitted.metadata };
  if (state.deletion !== undefined) {
    metadata.deletionGracePeriodSeconds = state.deletion.graceMs / 1000;
    metadata.deletionTimestamp = apiTime(state.deletion.atMs + state.deletion.graceMs);
  }
  const spec: Record<string, unknown> = { ...admitted.spec };
  if (state.scheduling.kind === "bound") spec.nodeName = state.scheduling.nodeName;
  // The admitted Pod is already sorted all the way down (admitPod returns it through sortKeys), and
  // apiStatus builds every object in sorted key order (a test checks it), so only the objects
  // rebuilt here need sorting; their children are used as they are.
  return sortTopKeys({ ...admitted, metadata: sortTopKeys(metadata), spec: sortTopKeys(spec), status: apiStatus(state) });
}

/** `value` with its own keys sorted as sortKeys sorts them and undefined members dropped; members are not copied. */
function sortTopKeys(value: Record<string, unknown>): Record<string, unknown> {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) if (value[key] !== undefined) sorted[key] = value[key];
  return sorted;
}

function clusterProblem(problem: ClusterProblem): Problem {
  const where = problem.document > 0 ? `cluster file, document ${problem.document}: ` : "cluster file: ";
  return { field: problem.field, type: "ClusterFileInvalid", message: `${where}${problem.message}`, line: problem.line, column: problem.column };
}

const boundText: Record<Truncation["bound"], string> = {
  steps: `${maxSteps} simulation steps (a container that never sleeps is the usual cause)`,
  events: `${recordLimits.maxEvents} events (a probe failing very often is the usual cause)`,
  snapshots: `${recordLimits.maxSnapshots} status changes (a container restarting very often is the usual cause)`,
};

function truncationWarning(truncation: Truncation, untilMs: number): Problem {
  const message = `The simulation stopped at ${truncation.atMs / 1000}s instead of ${untilMs / 1000}s: it reached the limit of `
    + `${boundText[truncation.bound]}. Events and snapshots end there; use a shorter --until to see the rest in full.`;
  return { field: "", type: "SimulationTruncated", message, line: null, column: null };
}

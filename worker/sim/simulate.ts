// The simulator's one entry point (simulate-contract.md): cluster file → admission → the
// discrete-event run → the contract document. Pure and deterministic: no clock, no randomness,
// no I/O; the same input gives byte-identical JSON.
//
// Cluster-file errors: the run cannot start without a cluster, so the result is a rejection
// (`admitted: false`, empty pod/events/snapshots/execs) whose `errors` are the cluster file's
// problems. Their `message` starts with `cluster file: ` (and the document number when the
// problem is inside one), `field` is the field path inside that object, and `line`/`column`
// point into the CLUSTER file, not POD.yaml. The CLI tells them apart by that prefix and may
// exit 2 ("unreadable files").
import type { Pod } from "kubernetes-types/core/v1";
import { admitPod } from "./admission/admit-pod.ts";
import { defaultYamlLimits } from "./admission/parse-pod-yaml.ts";
import type { Problem, ProblemType } from "./admission/problem.ts";
import { sortKeys } from "./admission/sort-keys.ts";
import type { Cluster } from "./cluster/cluster.ts";
import type { ClusterProblem, ClusterProblemCode } from "./cluster/cluster-problem.ts";
import { defaultCluster } from "./cluster/default-cluster.ts";
import { parseCluster } from "./cluster/parse-cluster.ts";
import { runSimulation } from "./engine/run-simulation.ts";
import type { PodState } from "./kubelet/pod-state.ts";
import { apiStatus, apiTime } from "./kubelet/status/api-status.ts";
import type { SimInput, SimResult } from "./sim-result.ts";

/** Runs one `podlab simulate`. Pure. */
export function simulate(input: SimInput): SimResult {
  let cluster: Cluster = defaultCluster();
  if (input.clusterYaml !== undefined) {
    const parsed = parseCluster(input.clusterYaml);
    if (!parsed.ok) return rejected(parsed.errors.map(clusterProblem), []);
    cluster = parsed.cluster;
  }
  const admission = admitPod(input.podYaml, defaultYamlLimits, cluster);
  if (!admission.admitted || admission.pod === null) return rejected(admission.errors, admission.warnings);
  const run = runSimulation(input, admission.pod, cluster);
  return {
    admitted: true,
    errors: [],
    warnings: admission.warnings,
    pod: storedPod(admission.pod, run.state),
    events: run.events,
    snapshots: run.snapshots,
    execs: run.execs,
  };
}

function rejected(errors: Problem[], warnings: Problem[]): SimResult {
  return { admitted: false, errors, warnings, pod: null, events: [], snapshots: [], execs: [] };
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
  return sortKeys({ ...admitted, metadata, spec, status: apiStatus(state) });
}

const problemTypes: Record<ClusterProblemCode, ProblemType> = {
  TooLarge: "TooLarge",
  InvalidYAML: "InvalidYAML",
  NotAnObject: "NotAnObject",
  UnknownKind: "WrongKind",
  UnknownField: "UnknownField",
  FieldValueRequired: "FieldValueRequired",
  FieldValueInvalid: "FieldValueInvalid",
  FieldValueTypeInvalid: "TypeMismatch",
  AlreadyExists: "FieldValueDuplicate",
};

function clusterProblem(problem: ClusterProblem): Problem {
  const where = problem.document > 0 ? `cluster file, document ${problem.document}: ` : "cluster file: ";
  return { field: problem.field, type: problemTypes[problem.code], message: `${where}${problem.message}`, line: problem.line, column: problem.column };
}

// Everything podView and snapshotOf read from the state, as a flat list of values: two states
// with equal lists (element by element, ===) have the same view and the same snapshot. The
// recorder compares lists to skip re-deriving the view when nothing it depends on changed.
// Keep in step with pod-view.ts, get-phase.ts, pod-conditions.ts, print-pod.ts and snapshot-of.ts.
import type { EffectiveContainer } from "../effective-spec.ts";
import type { PodState } from "../pod-state.ts";

/** The inputs of podView(state) and snapshotOf(state). Pure. */
export function viewInputs(state: PodState): unknown[] {
  const { pod, scheduling } = state;
  const out: unknown[] = [
    state.terminalPhase, state.statusReason, state.startTimeMs, state.isSandboxReady, state.isTornDown, state.isNodeNotReady,
    state.isDisruptionTarget, state.deletion === undefined, state.podIp, scheduling.kind,
    scheduling.kind === "unschedulable" ? scheduling.message : scheduling.kind === "bound" ? scheduling.nodeName : undefined,
    pod, pod.restartPolicy, pod.initContainers, pod.initContainers.length, pod.containers, pod.containers.length, state.containers,
  ];
  for (const spec of pod.initContainers) pushContainer(out, state, spec);
  for (const spec of pod.containers) pushContainer(out, state, spec);
  return out;
}

function pushContainer(out: unknown[], state: PodState, spec: EffectiveContainer): void {
  const record = state.containers.get(spec.name);
  out.push(spec, spec.name, spec.kind, record);
  if (record === undefined) return;
  const published = record.state;
  out.push(
    record.spec, record.spec.name, record.spec.kind, record.lastTermination?.exitCode, record.ready, record.started,
    record.restartCount, published.kind,
  );
  if (published.kind === "waiting") out.push(published.reason);
  else if (published.kind === "running") out.push(published.startedAtMs);
  else out.push(published.reason, published.exitCode, published.finishedAtMs);
}

/** Whether two input lists are equal element by element. Pure. */
export function isSameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

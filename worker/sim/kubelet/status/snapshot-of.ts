// The contract's Snapshot (simulate-contract.md) of the pod at one instant, derived from the state.
import type { ContainerSnapshot, Snapshot } from "../../sim-result.ts";
import type { ContainerRecord, PodState } from "../pod-state.ts";
import { podView, type PodView, recordsOf } from "./pod-view.ts";

/** A snapshot without its time, so two instants can be compared. Pure. */
export function snapshotOf(state: PodState, view: PodView = podView(state)): Omit<Snapshot, "time"> {
  const { init, regular } = recordsOf(state);
  const syncing = view.statuses.length > 0 || view.initStatuses.length > 0;
  const byName = [...regular].sort((a, b) => (a.spec.name < b.spec.name ? -1 : a.spec.name > b.spec.name ? 1 : 0));
  const conditions: Snapshot["conditions"] = {};
  for (const condition of view.conditions) conditions[condition.type] = condition.status;
  return {
    phase: view.phase,
    status: view.columns.status,
    ready: view.columns.ready,
    restarts: view.columns.restarts,
    node: state.scheduling.kind === "bound" ? state.scheduling.nodeName : null,
    podIP: state.podIp ?? null,
    conditions,
    initContainers: syncing ? init.map(containerSnapshotOf) : [],
    containers: syncing ? byName.map(containerSnapshotOf) : [],
  };
}

function containerSnapshotOf(record: ContainerRecord): ContainerSnapshot {
  const { state } = record;
  return {
    name: record.spec.name,
    state: state.kind,
    reason: state.kind === "running" ? null : state.reason,
    exitCode: state.kind === "terminated" ? state.exitCode : null,
    ready: record.ready,
    started: record.started,
    restartCount: record.restartCount,
  };
}

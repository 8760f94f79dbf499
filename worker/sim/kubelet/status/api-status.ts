// The Pod's `status` as the API would store it at the end of the run (kubelet_pods.go,
// generateAPIPodStatus): phase, conditions with transition times, IPs, startTime and the
// container statuses with state/lastState and deterministic IDs. Keys in sorted order.
import { defaultEpochMs } from "../../runtime/container-runtime.ts";
import { pad2, toCivil } from "../../runtime/programs/civil-time.ts";
import type { ContainerRecord, PodState, PublishedState, Termination } from "../pod-state.ts";
import { podView, recordsOf } from "./pod-view.ts";

/** RFC 3339 time (whole seconds, UTC) of a virtual instant, as the API prints it. Pure. */
export function apiTime(ms: number): string {
  const civil = toCivil(defaultEpochMs + ms);
  return `${civil.year}-${pad2(civil.month)}-${pad2(civil.day)}T${pad2(civil.hour)}:${pad2(civil.minute)}:${pad2(civil.second)}Z`;
}

/** status of the stored Pod. `qosClass` comes from admission. Pure. */
export function apiStatus(state: PodState): Record<string, unknown> {
  const view = podView(state);
  const { init, regular } = recordsOf(state);
  const syncing = state.startTimeMs !== undefined;
  const byName = [...regular].sort((a, b) => (a.spec.name < b.spec.name ? -1 : a.spec.name > b.spec.name ? 1 : 0));
  const status: Record<string, unknown> = {
    conditions: view.conditions.map((condition) => {
      const stored: Record<string, unknown> = { lastProbeTime: null, lastTransitionTime: apiTime(state.conditionTimes.get(condition.type)?.atMs ?? 0) };
      if (condition.message !== undefined) stored.message = condition.message;
      if (condition.reason !== undefined) stored.reason = condition.reason;
      stored.status = condition.status;
      stored.type = condition.type;
      return stored;
    }),
  };
  if (syncing) status.containerStatuses = byName.map((record) => containerApiStatus(record));
  if (state.hostIp !== undefined) {
    status.hostIP = state.hostIp;
    status.hostIPs = [{ ip: state.hostIp }];
  }
  if (syncing && init.length > 0) status.initContainerStatuses = init.map((record) => containerApiStatus(record));
  if (state.statusReason !== undefined) status.message = state.statusReason.message;
  status.phase = view.phase;
  if (state.podIp !== undefined) {
    status.podIP = state.podIp;
    status.podIPs = [{ ip: state.podIp }];
  }
  const qosClass = (state.admitted.status as { qosClass?: string } | undefined)?.qosClass;
  if (qosClass !== undefined) status.qosClass = qosClass;
  if (state.statusReason !== undefined) status.reason = state.statusReason.reason;
  if (state.startTimeMs !== undefined) status.startTime = apiTime(state.startTimeMs);
  return status;
}

// The objects below are built key by key, in sorted order, with optional keys assigned only when
// present: spreading `cond ? {} : { key }` literals takes V8's slow generic copy, and this runs
// for every container of every run.

function containerApiStatus(record: ContainerRecord): Record<string, unknown> {
  const status: Record<string, unknown> = {};
  if (record.containerId !== undefined) status.containerID = record.containerId;
  status.image = record.imageRef ?? record.spec.image;
  status.imageID = record.imageId ?? "";
  status.lastState = record.lastTermination === undefined ? {} : { terminated: terminatedOf(record.lastTermination) };
  status.name = record.spec.name;
  status.ready = record.ready;
  status.restartCount = record.restartCount;
  status.started = record.started;
  status.state = stateOf(record.state);
  return status;
}

function stateOf(state: PublishedState): Record<string, unknown> {
  if (state.kind === "running") return { running: { startedAt: apiTime(state.startedAtMs) } };
  if (state.kind === "terminated") return { terminated: terminatedOf(state) };
  const waiting: Record<string, unknown> = {};
  if (state.message !== undefined) waiting.message = state.message;
  waiting.reason = state.reason;
  return { waiting };
}

/** A zero metav1.Time marshals as null; an empty containerID is omitted. */
function terminatedOf(termination: Termination): Record<string, unknown> {
  const terminated: Record<string, unknown> = {};
  if (termination.containerId !== "") terminated.containerID = termination.containerId;
  terminated.exitCode = termination.exitCode;
  terminated.finishedAt = termination.finishedAtMs === undefined ? null : apiTime(termination.finishedAtMs);
  if (termination.message !== undefined) terminated.message = termination.message;
  terminated.reason = termination.reason;
  terminated.startedAt = termination.startedAtMs === undefined ? null : apiTime(termination.startedAtMs);
  return terminated;
}

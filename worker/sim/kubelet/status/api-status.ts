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
    conditions: view.conditions.map((condition) => ({
      lastProbeTime: null,
      lastTransitionTime: apiTime(state.conditionTimes.get(condition.type)?.atMs ?? 0),
      ...(condition.message === undefined ? {} : { message: condition.message }),
      ...(condition.reason === undefined ? {} : { reason: condition.reason }),
      status: condition.status,
      type: condition.type,
    })),
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

function containerApiStatus(record: ContainerRecord): Record<string, unknown> {
  return {
    ...(record.containerId === undefined ? {} : { containerID: record.containerId }),
    image: record.imageRef ?? record.spec.image,
    imageID: record.imageId ?? "",
    lastState: record.lastTermination === undefined ? {} : { terminated: terminatedOf(record.lastTermination) },
    name: record.spec.name,
    ready: record.ready,
    restartCount: record.restartCount,
    started: record.started,
    state: stateOf(record.state),
  };
}

function stateOf(state: PublishedState): Record<string, unknown> {
  if (state.kind === "running") return { running: { startedAt: apiTime(state.startedAtMs) } };
  if (state.kind === "terminated") return { terminated: terminatedOf(state) };
  return { waiting: { ...(state.message === undefined ? {} : { message: state.message }), reason: state.reason } };
}

/** A zero metav1.Time marshals as null; an empty containerID is omitted. */
function terminatedOf(termination: Termination): Record<string, unknown> {
  return {
    ...(termination.containerId === "" ? {} : { containerID: termination.containerId }),
    exitCode: termination.exitCode,
    finishedAt: termination.finishedAtMs === undefined ? null : apiTime(termination.finishedAtMs),
    ...(termination.message === undefined ? {} : { message: termination.message }),
    reason: termination.reason,
    startedAt: termination.startedAtMs === undefined ? null : apiTime(termination.startedAtMs),
  };
}

// The status manager's TerminatePod (pkg/kubelet/status/status_manager.go), run when a terminal
// pod's containers have all stopped: a container with no terminated state is written terminated
// ContainerStatusUnknown, exit 137, with no times (kubelet-semantics.md §9.3), so a pod that ends
// while a container waits (CrashLoopBackOff, an image error, never created) is not shown
// successful. Regular containers only once the pod has initialized; init containers except the
// trailing ones that never started.
import type { ContainerRecord, PodState } from "../pod-state.ts";
import { recordsOf } from "./pod-view.ts";

const unknown = {
  kind: "terminated", exitCode: 137, reason: "ContainerStatusUnknown", message: "The container could not be located when the pod was terminated",
  startedAtMs: undefined, finishedAtMs: undefined, containerId: "",
} as const;

/** Applies TerminatePod to the container records. */
export function terminatePodStatuses(state: PodState): void {
  const { init, regular } = recordsOf(state);
  if (hasPodInitialized(init, regular)) for (const record of regular) markUnknown(record);
  for (const record of initializedContainers(init)) markUnknown(record);
}

function markUnknown(record: ContainerRecord): void {
  if (record.state.kind === "terminated") return;
  record.state = { ...unknown };
  record.ready = false;
  record.started = false;
}

/** Whether the pod shows any sign of having started its regular containers. Pure. */
function hasPodInitialized(init: readonly ContainerRecord[], regular: readonly ContainerRecord[]): boolean {
  if (init.length === 0) return true;
  if (regular.some((record) => record.lastTermination !== undefined || record.state.kind !== "waiting")) return true;
  const last = init[init.length - 1]!;
  if (last.spec.kind === "sidecar") return last.state.kind === "running" && last.started;
  return last.lastTermination?.exitCode === 0 || (last.state.kind === "terminated" && last.state.exitCode === 0);
}

/** The init containers up to the last one that ever started; at least the first. Pure. */
function initializedContainers(init: readonly ContainerRecord[]): readonly ContainerRecord[] {
  for (let index = init.length - 1; index >= 0; index -= 1) {
    const record = init[index]!;
    if (record.state.kind !== "waiting" || record.lastTermination !== undefined) return init.slice(0, index + 1);
  }
  return init.slice(0, 1);
}

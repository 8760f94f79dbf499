import { describe, expect, it } from "vitest";
import { type PodColumns, printPod, type PrintPodInputs } from "../../../../../worker/sim/kubelet/status/print-pod.ts";
import { crashLooping, running, terminated, waiting } from "./builders.ts";

const base: PrintPodInputs = {
  phase: "Running",
  reason: "",
  isBeingDeleted: false,
  isInitialized: true,
  isReady: true,
  initContainerCount: 0,
  totalContainers: 0,
  initStatuses: [],
  statuses: [],
};

// Rows of kubelet-semantics.md §10 "Typical outputs" (printPod in
// pkg/printers/internalversion/printers.go), plus the rules of its steps 3–5.
const cases: { name: string; pod: Partial<PrintPodInputs>; columns: PodColumns }[] = [
  { name: "unschedulable", pod: { phase: "Pending", totalContainers: 1, statuses: [] }, columns: { ready: "0/1", status: "Pending", restarts: 0 } },
  { name: "pulling", pod: { phase: "Pending", statuses: [waiting("web", "ContainerCreating")] }, columns: { ready: "0/1", status: "ContainerCreating", restarts: 0 } },
  {
    name: "first of two init containers running",
    pod: { phase: "Pending", isInitialized: false, initContainerCount: 2, initStatuses: [running("a"), waiting("b", "PodInitializing")], statuses: [waiting("web", "PodInitializing")] },
    columns: { ready: "0/1", status: "Init:0/2", restarts: 0 },
  },
  {
    name: "second init container running",
    pod: { phase: "Pending", isInitialized: false, initContainerCount: 2, initStatuses: [terminated("a", 0), running("b")], statuses: [waiting("web", "PodInitializing")] },
    columns: { ready: "0/1", status: "Init:1/2", restarts: 0 },
  },
  {
    name: "init container failed, Never",
    pod: { phase: "Failed", isInitialized: false, initContainerCount: 1, initStatuses: [terminated("a", 1)], statuses: [waiting("web", "PodInitializing")] },
    columns: { ready: "0/1", status: "Init:Error", restarts: 0 },
  },
  {
    name: "init container killed without a reason",
    pod: { phase: "Failed", isInitialized: false, initContainerCount: 1, initStatuses: [terminated("a", 137, { reason: "", signal: 9 })], statuses: [] },
    columns: { ready: "0/0", status: "Init:Signal:9", restarts: 0 },
  },
  {
    name: "init container in back-off",
    pod: { phase: "Pending", isInitialized: false, initContainerCount: 1, initStatuses: [crashLooping("a", 1, 3)], statuses: [waiting("web", "PodInitializing")] },
    columns: { ready: "0/1", status: "Init:CrashLoopBackOff", restarts: 3 },
  },
  {
    name: "init done, app not created yet",
    pod: { phase: "Pending", initContainerCount: 1, initStatuses: [terminated("a", 0)], statuses: [waiting("web", "PodInitializing")] },
    columns: { ready: "0/1", status: "PodInitializing", restarts: 0 },
  },
  { name: "running, readiness failing", pod: { isReady: false, statuses: [running("web", { ready: false })] }, columns: { ready: "0/1", status: "Running", restarts: 0 } },
  { name: "crashed, just exited", pod: { statuses: [terminated("web", 1, { restartCount: 0 })] }, columns: { ready: "0/1", status: "Error", restarts: 0 } },
  { name: "crashed, in back-off", pod: { statuses: [crashLooping("web", 1, 4)] }, columns: { ready: "0/1", status: "CrashLoopBackOff", restarts: 4 } },
  { name: "Never, exited 0", pod: { phase: "Succeeded", statuses: [terminated("job", 0)] }, columns: { ready: "0/1", status: "Completed", restarts: 0 } },
  { name: "Never, exited 1", pod: { phase: "Failed", statuses: [terminated("job", 1)] }, columns: { ready: "0/1", status: "Error", restarts: 0 } },
  {
    name: "debian Completed, nginx running and ready",
    pod: { isReady: false, statuses: [terminated("debian", 0), running("nginx")] },
    columns: { ready: "1/2", status: "NotReady", restarts: 0 },
  },
  {
    name: "Completed beside a running container, Ready True",
    pod: { isReady: true, statuses: [terminated("debian", 0), running("nginx")] },
    columns: { ready: "1/2", status: "Running", restarts: 0 },
  },
  {
    name: "the first container in status order wins the reason",
    pod: { statuses: [waiting("a", "ImagePullBackOff"), crashLooping("b", 1, 2)] },
    columns: { ready: "0/2", status: "ImagePullBackOff", restarts: 2 },
  },
  { name: "being deleted", pod: { isBeingDeleted: true, statuses: [running("web")] }, columns: { ready: "1/1", status: "Terminating", restarts: 0 } },
  { name: "deleted after it succeeded", pod: { phase: "Succeeded", isBeingDeleted: true, statuses: [terminated("job", 0)] }, columns: { ready: "0/1", status: "Completed", restarts: 0 } },
  { name: "node lost while deleting", pod: { reason: "NodeLost", isBeingDeleted: true, statuses: [running("web")] }, columns: { ready: "1/1", status: "Unknown", restarts: 0 } },
  { name: "evicted", pod: { phase: "Failed", reason: "Evicted", statuses: [terminated("web", 137, { reason: "" })] }, columns: { ready: "0/1", status: "ExitCode:137", restarts: 0 } },
  {
    name: "started, ready sidecar counts in READY and RESTARTS",
    pod: { initContainerCount: 1, initStatuses: [running("proxy", { isSidecar: true, restartCount: 1 })], statuses: [running("web", { restartCount: 2 })] },
    columns: { ready: "2/2", status: "Running", restarts: 3 },
  },
];

describe("printPod", () => {
  it.each(cases)("$name → $columns.ready $columns.status $columns.restarts", ({ pod, columns }) => {
    // READY's total comes from the spec; most rows have one status per spec container.
    const totalContainers = (pod.statuses ?? []).length + (pod.initStatuses ?? []).filter((status) => status.isSidecar).length;
    expect(printPod({ ...base, totalContainers, ...pod })).toEqual(columns);
  });
});

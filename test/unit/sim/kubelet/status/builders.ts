// Short builders for container statuses in status tables.
import type { ContainerStatus } from "../../../../../worker/sim/kubelet/status/container-status.ts";

type Extra = Partial<Omit<ContainerStatus, "state" | "name">>;

export const waiting = (name: string, reason: string, extra: Extra = {}): ContainerStatus => ({
  name, isSidecar: false, state: { kind: "waiting", reason }, lastExitCode: null, ready: false, started: false, restartCount: 0, ...extra,
});

export const running = (name: string, extra: Extra = {}): ContainerStatus => ({
  name, isSidecar: false, state: { kind: "running", startedAtMs: 0 }, lastExitCode: null, ready: true, started: true, restartCount: 0, ...extra,
});

export const terminated = (name: string, exitCode: number, extra: Extra & { reason?: string; signal?: number } = {}): ContainerStatus => {
  const { reason = exitCode === 0 ? "Completed" : "Error", signal = 0, ...rest } = extra;
  return {
    name, isSidecar: false, state: { kind: "terminated", exitCode, reason, signal, finishedAtMs: 0 }, lastExitCode: null, ready: false, started: false, restartCount: 0, ...rest,
  };
};

/** Waiting in back-off after an exit with `lastExitCode`. */
export const crashLooping = (name: string, lastExitCode: number, restartCount: number): ContainerStatus =>
  waiting(name, "CrashLoopBackOff", { lastExitCode, restartCount });

// Dispatches one queued task to the layer that owns it. Tasks for a pod that is gone, or for a
// node whose kubelet is down, are dropped (except the controllers' and the --exec ones).
import { onActiveDeadline } from "../kubelet/active-deadline.ts";
import { onContainerExit } from "../kubelet/container-exit.ts";
import { isKubeletActive, type KubeletContext, recordOf } from "../kubelet/kubelet-context.ts";
import { onSigkill } from "../kubelet/lifecycle/kill-container.ts";
import { onHookDone } from "../kubelet/lifecycle/on-hook-done.ts";
import { deletePod } from "../kubelet/lifecycle/terminate-pod.ts";
import { onNodeDown, onNodeNotReady, onTaintEviction } from "../kubelet/node-lifecycle.ts";
import { onProbeTick } from "../kubelet/prober/probe-tick.ts";
import { onProbeTimeout } from "../kubelet/prober/run-probe.ts";
import { pullMs } from "../kubelet/images/ensure-image.ts";
import { onPullDone } from "../kubelet/start-container.ts";
import { syncPod } from "../kubelet/sync-pod.ts";
import type { Task } from "../kubelet/task.ts";
import { setUpVolumes } from "../kubelet/volumes/set-up-volumes.ts";
import type { ExitRecord } from "../runtime/runtime-types.ts";
import { schedulePod } from "./schedule-pod.ts";
import { runUserExec } from "./user-exec.ts";
import type { UserExecs } from "./user-exec.ts";

/** Runs `task` at ctx.nowMs. */
export function handleTask(ctx: KubeletContext, task: Task, execs: UserExecs): void {
  switch (task.kind) {
    case "schedule": return schedulePod(ctx);
    case "delete": return deletePod(ctx);
    case "exec": return runUserExec(ctx, execs, task.index);
    case "nodeDown": return onNodeDown(ctx, task.node);
    case "nodeNotReady": return onNodeNotReady(ctx, task.node);
    case "taintEviction": return onTaintEviction(ctx);
  }
  if (!isKubeletActive(ctx.state)) return;
  switch (task.kind) {
    case "sync": return syncPod(ctx);
    case "mountRetry": return setUpVolumes(ctx);
    case "sandboxReady": return onSandboxReady(ctx);
    case "pullDone": return onPullDone(ctx, task.container, pullMs);
    case "probe": return onProbeTick(ctx, task.container, task.probe);
    case "probeTimeout": return onProbeTimeout(ctx, recordOf(ctx.state, task.container), task.probe, task.attempt);
    case "hookDone": return onHookDone(ctx, recordOf(ctx.state, task.container), task.hook, task.attempt, task.isSuccess, task.detail, task.isGraceExpiry);
    case "sigkill": return onSigkill(ctx, recordOf(ctx.state, task.container), task.instance);
    case "activeDeadline": return onActiveDeadline(ctx);
  }
}

/** K3: the pause container and network are up; the pod IP is published and the sync goes on. */
function onSandboxReady(ctx: KubeletContext): void {
  const { state } = ctx;
  state.isSandboxReady = true;
  state.podIp = state.sandbox!.spec.podIp;
  syncPod(ctx);
}

/** Routes a main-process exit to its container, if it is that container's current instance. */
export function handleMainExit(ctx: KubeletContext, exit: ExitRecord): void {
  for (const record of ctx.state.containers.values()) {
    if (record.instance?.id === exit.containerId && record.isProcessRunning) {
      onContainerExit(ctx, record, exit);
      return;
    }
  }
}

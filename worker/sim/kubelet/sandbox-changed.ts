// A sandbox that dies under a running pod (kubelet-semantics.md K3, I6; kuberuntime_manager.go
// computePodActions and SyncPod). In the simulator the one way is a process of a pod with
// shareProcessNamespace signalling PID 1, the pause process, which exits on SIGTERM or SIGINT;
// as init of the shared PID namespace its end kills every container with it. The next sync
// either makes a new sandbox (Normal SandboxChanged, init containers run again, then the regular
// containers by their restart rules) or, when nothing would run again, leaves the pod to finish.
//
// SIM: the kubelet notices at once (PLEG relists every second); the new sandbox gets the next pod
// IP; the pod's volumes (emptyDir content included) are kept, as they live on the node.
import { isKubeletActive, type KubeletContext } from "./kubelet-context.ts";
import { killContainer } from "./lifecycle/kill-container.ts";
import type { ContainerRecord } from "./pod-state.ts";
import { recordsOf } from "./status/pod-view.ts";
import { createSandbox } from "./volumes/set-up-volumes.ts";
import { EventObject, Message, Reason } from "../vocab.ts";

/** The pause process of the current sandbox exited. */
export function onSandboxExit(ctx: KubeletContext): void {
  const { state } = ctx;
  if (!isKubeletActive(state) || state.deletion !== undefined || state.terminalPhase !== undefined || !state.isSandboxReady) return;
  state.isSandboxReady = false;
  state.isSandboxDead = true;
  ctx.schedule(ctx.nowMs, { kind: "sync" });
}

/**
 * computePodActions with a changed sandbox: a new one unless nothing would run in it. Containers
 * still running are stopped first (killPodWithSyncResult). True once a new sandbox is on its way.
 */
export function replaceDeadSandbox(ctx: KubeletContext): boolean {
  const { state } = ctx;
  if (!shouldCreateSandbox(ctx)) return false;
  const graceMs = state.pod.terminationGraceSeconds * 1000;
  const busy = [...state.containers.values()].filter(isBusy);
  for (const record of busy) killContainer(ctx, record, "deletion", Message.stopping(record.spec.name), graceMs);
  if (busy.length > 0) return false;
  ctx.emit("Normal", Reason.SandboxChanged, EventObject.pod(state.pod.name), Message.sandboxChanged);
  const old = state.sandbox!;
  state.sandboxAttempt++;
  const sandbox = createSandbox(ctx);
  for (const [name, volume] of old.volumes) sandbox.volumes.set(name, volume);
  ctx.rt.removeSandbox(old);
  state.sandbox = sandbox;
  state.isSandboxDead = false;
  state.isSandboxCreating = false;
  // purgeInitContainers: every init container runs again in the new sandbox.
  for (const record of recordsOf(state).init) record.isPurged = true;
  return true;
}

/** No new sandbox under Never once a container was made, or when every regular container is done. */
function shouldCreateSandbox(ctx: KubeletContext): boolean {
  const { state } = ctx;
  const { init, regular } = recordsOf(state);
  const policy = state.pod.restartPolicy;
  if (policy === "Never" && [...init, ...regular].some((record) => record.instances > 0)) return false;
  const toStart = regular.filter((record) => !(policy === "OnFailure" && hasSucceeded(record)));
  return toStart.length > 0 || !regular.some((record) => record.instances > 0);
}

function hasSucceeded(record: ContainerRecord): boolean {
  return record.state.kind === "terminated" && record.state.exitCode === 0;
}

function isBusy(record: ContainerRecord): boolean {
  return record.isProcessRunning || record.kill !== undefined;
}

// The start loop of one sync (kuberuntime_manager.go SyncPod, startContainer; K4, K13–K16):
// containers start one after the other in spec order; each goes image → create → start →
// postStart, and a pull or a postStart hook holds the loop until it finishes. A failure of one
// container is recorded and the loop goes on with the next.
import { containerSpec } from "./container-spec.ts";
import { ensureImage, finishPull, recordImage } from "./images/ensure-image.ts";
import { type KubeletContext, objectOf, recordOf } from "./kubelet-context.ts";
import { runHook } from "./lifecycle/run-hook.ts";
import { newProbeWorker, type ContainerRecord } from "./pod-state.ts";
import { runReadinessOnStart } from "./prober/probe-tick.ts";
import { stableHex } from "./stable-hash.ts";
import { Message, Reason, StateReason } from "../vocab.ts";

/** SIM: a CreateContainerConfigError is retried every 10 s (K14). */
const configRetryMs = 10_000;

/** Starts queued containers until the queue is empty or one is waiting for a pull or a hook. */
export function continueStartLoop(ctx: KubeletContext): void {
  const loop = ctx.state.startLoop;
  while (loop.waitingOn === undefined && loop.queue.length > 0) {
    const name = loop.queue.shift()!;
    beginStart(ctx, recordOf(ctx.state, name));
  }
  if (loop.waitingOn === undefined && loop.needsResync) {
    loop.needsResync = false;
    ctx.schedule(ctx.nowMs, { kind: "sync" });
  }
}

function beginStart(ctx: KubeletContext, record: ContainerRecord): void {
  const step = ensureImage(ctx, record);
  if (step.kind === "failed") return;
  if (step.kind === "pulling") {
    if (step.durationMs === 0) finishPull(ctx, record, 0);
    else {
      ctx.state.startLoop.waitingOn = { kind: "pull", container: record.spec.name };
      ctx.schedule(ctx.nowMs + step.durationMs, { kind: "pullDone", container: record.spec.name });
      return;
    }
  }
  createAndStart(ctx, record);
}

/** A pull finished: the container is created and started, then the loop goes on. */
export function onPullDone(ctx: KubeletContext, name: string, durationMs: number): void {
  const record = recordOf(ctx.state, name);
  ctx.state.startLoop.waitingOn = undefined;
  finishPull(ctx, record, durationMs);
  if (ctx.state.deletion === undefined && ctx.state.terminalPhase === undefined) createAndStart(ctx, record);
  continueStartLoop(ctx);
}

function createAndStart(ctx: KubeletContext, record: ContainerRecord): void {
  const { state, rt } = ctx;
  const object = objectOf(record);
  recordImage(record);
  const built = containerSpec(state, ctx.cluster, record.spec);
  if ("error" in built) {
    if (record.configError !== built.error) ctx.emit("Warning", Reason.Failed, object, Message.error(built.error));
    record.configError = built.error;
    record.state = { kind: "waiting", reason: StateReason.CreateContainerConfigError, message: built.error };
    ctx.schedule(ctx.nowMs + configRetryMs, { kind: "sync" });
    return;
  }
  record.configError = undefined;
  const container = rt.createContainer(state.sandbox!, built.spec);
  if ("code" in container) {
    ctx.emit("Warning", Reason.Failed, object, Message.error(container.message));
    record.state = { kind: "waiting", reason: StateReason.CreateContainerError, message: container.message };
    ctx.schedule(ctx.nowMs + configRetryMs, { kind: "sync" });
    return;
  }
  newInstance(ctx, record);
  ctx.emit("Normal", Reason.Created, object, Message.created(record.spec.name));
  const failure = rt.start(container);
  if (failure !== undefined) {
    const message = `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${failure.message}: unknown`;
    ctx.emit("Warning", Reason.Failed, object, Message.error(message));
    record.state = {
      kind: "terminated", exitCode: 128, reason: StateReason.StartError, message,
      startedAtMs: ctx.nowMs, finishedAtMs: ctx.nowMs, containerId: record.containerId!,
    };
    ctx.schedule(ctx.nowMs, { kind: "sync" });
    return;
  }
  ctx.emit("Normal", Reason.Started, object, Message.started(record.spec.name));
  record.instance = container;
  record.isProcessRunning = true;
  record.runningSinceMs = ctx.nowMs;
  if (record.spec.postStart !== undefined) {
    state.startLoop.waitingOn = { kind: "hook", container: record.spec.name };
    runHook(ctx, record, "postStart", record.spec.postStart);
    return;
  }
  publishRunning(ctx, record);
}

/** A new instance: restartCount (R4), containerID, fresh probe workers (P11), lastState. */
function newInstance(ctx: KubeletContext, record: ContainerRecord): void {
  if (record.instances > 0) record.restartCount++;
  record.instances++;
  if (record.state.kind === "terminated") record.lastTermination = { ...record.state };
  record.containerId = `containerd://${stableHex(`${ctx.state.pod.uid}/${record.spec.name}/${record.instances}`)}`;
  record.pendingWaiting = undefined;
  record.backOffUntilMs = undefined;
  record.isPurged = false;
  for (const kind of ["liveness", "readiness", "startup"] as const) {
    record.probes[kind] = { ...newProbeWorker(kind), attempt: record.probes[kind].attempt };
  }
}

/** The kubelet publishes the container running (after postStart, K16); started unless a startup probe. */
export function publishRunning(ctx: KubeletContext, record: ContainerRecord): void {
  record.state = { kind: "running", startedAtMs: record.runningSinceMs };
  record.started = record.spec.startupProbe === undefined;
  updateReady(record);
  if (record.started) afterStarted(ctx, record);
}

/** Once a container has started: readiness may run at once (P7), a sidecar lets init go on (I8). */
export function afterStarted(ctx: KubeletContext, record: ContainerRecord): void {
  runReadinessOnStart(ctx, record);
  if (record.spec.kind === "sidecar") ctx.schedule(ctx.nowMs, { kind: "sync" });
}

/** ready = running, started and readiness Success (or no readiness probe) (P14); init: exited 0 (I7). Pure. */
export function updateReady(record: ContainerRecord): void {
  if (record.spec.kind === "init") {
    record.ready = record.state.kind === "terminated" && record.state.exitCode === 0;
    return;
  }
  const isReadinessOk = record.spec.readinessProbe === undefined || record.probes.readiness.result === "Success";
  record.ready = record.state.kind === "running" && record.started && isReadinessOk;
}

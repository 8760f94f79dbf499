// A hook finished. postStart success publishes the container running and lets the start loop go
// on; failure is FailedPostStartHook, then a kill with the pod's grace period (K17). preStop goes
// on to the stop signal (T2, T3). Outcomes of an earlier attempt are ignored.
import { type KubeletContext, objectOf } from "../kubelet-context.ts";
import type { ContainerRecord } from "../pod-state.ts";
import { continueStartLoop, publishRunning } from "../start-container.ts";
import { Message, Reason, StateReason } from "../../vocab.ts";
import { killContainer, preStopDone } from "./kill-container.ts";

/** Applies the outcome of hook attempt `attempt`; `isGraceExpiry`: a preStop's grace period ran out first (T2). */
export function onHookDone(
  ctx: KubeletContext, record: ContainerRecord, hook: "postStart" | "preStop", attempt: number, isSuccess: boolean, detail: string,
  isGraceExpiry: boolean,
): void {
  if (attempt !== record.hookAttempt) return;
  record.hookAttempt++;
  ctx.hookEnded(record, isGraceExpiry ? "timeout" : isSuccess ? "success" : "failure", detail);
  if (hook === "preStop") {
    preStopDone(ctx, record, isSuccess);
    return;
  }
  const loop = ctx.state.startLoop;
  if (loop.waitingOn?.kind === "hook" && loop.waitingOn.container === record.spec.name) loop.waitingOn = undefined;
  if (isSuccess && record.isProcessRunning) publishRunning(ctx, record);
  else if (!isSuccess && ctx.state.deletion === undefined) {
    ctx.emit("Warning", Reason.FailedPostStartHook, objectOf(record), Message.postStartFailed);
    record.pendingWaiting = { reason: StateReason.PostStartHookError, message: detail };
    killContainer(ctx, record, "postStart", Message.killingPostStart, ctx.state.pod.terminationGraceSeconds * 1000);
  }
  continueStartLoop(ctx);
}

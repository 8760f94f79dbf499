// The image step of a container start (image_manager.go EnsureImageExists; kubelet-semantics.md
// K6–K12). Pulls are serialized and happen when the start loop reaches the container. SIM: a pull
// takes 2 s; re-pulling an image the node already has (policy Always) takes 0 s, so a restart
// happens exactly at finishedAt + back-off (R3); a pull of an unknown image fails at once.
import { findImage } from "../../runtime/images/catalog.ts";
import { isInBackOffSinceUpdate, nextBackOff } from "../backoff.ts";
import { goDuration } from "../go-duration.ts";
import { type KubeletContext, objectOf } from "../kubelet-context.ts";
import type { ContainerRecord } from "../pod-state.ts";
import { Message, Reason, StateReason } from "../../vocab.ts";
import { imageIdOf, normalizeImage, pullErrorOf } from "./image-ref.ts";
import { invalidImageNameMessage } from "./parse-image-name.ts";

/** SIM duration of a pull that fetches layers (§0.4). */
export const pullMs = 2000;

/** `present`: go on now; `pulling`: a pull of `durationMs` started; `failed`: the container waits. */
export type ImageStep = { kind: "present" } | { kind: "pulling"; durationMs: number } | { kind: "failed" };

/** Decides and starts the image step for one container instance. */
export function ensureImage(ctx: KubeletContext, record: ContainerRecord): ImageStep {
  const { state } = ctx;
  const { image, imagePullPolicy } = record.spec;
  const object = objectOf(record);
  const invalidName = invalidImageNameMessage(image);
  if (invalidName !== undefined) {
    waitWith(ctx, record, StateReason.InvalidImageName, invalidName, [[Reason.InspectFailed, invalidName]]);
    return { kind: "failed" };
  }
  const isOnNode = state.imagesOnNode.has(normalizeImage(image));
  if (imagePullPolicy === "Never" && !isOnNode) {
    waitWith(ctx, record, StateReason.ErrImageNeverPull, Message.neverPull(image), [[Reason.ErrImageNeverPull, Message.neverPull(image)]]);
    return { kind: "failed" };
  }
  if (imagePullPolicy !== "Always" && isOnNode) {
    ctx.emit("Normal", Reason.Pulled, object, Message.alreadyPresent(image));
    return { kind: "present" };
  }
  const backOff = state.imageBackOff.get(image);
  if (backOff !== undefined && isInBackOffSinceUpdate(backOff, ctx.nowMs)) {
    if (!backOff.isWaitReported) {
      backOff.isWaitReported = true;
      ctx.emit("Normal", Reason.BackOff, object, Message.backOffPulling(image));
      ctx.emit("Warning", Reason.Failed, object, Message.error(StateReason.ImagePullBackOff));
      record.state = { kind: "waiting", reason: StateReason.ImagePullBackOff, message: Message.backOffPulling(image) };
    }
    return { kind: "failed" };
  }
  ctx.emit("Normal", Reason.Pulling, object, Message.pulling(image));
  if (findImage(image) === undefined) {
    const error = pullErrorOf(image);
    ctx.emit("Warning", Reason.Failed, object, Message.failedToPull(image, error));
    ctx.emit("Warning", Reason.Failed, object, Message.error(StateReason.ErrImagePull));
    record.state = { kind: "waiting", reason: StateReason.ErrImagePull, message: error };
    const next = nextBackOff(backOff, ctx.nowMs, ctx.nowMs);
    state.imageBackOff.set(image, { ...next, isWaitReported: false });
    ctx.schedule(ctx.nowMs, { kind: "sync" });
    ctx.schedule(ctx.nowMs + next.delayMs, { kind: "sync" });
    return { kind: "failed" };
  }
  return { kind: "pulling", durationMs: isOnNode ? 0 : pullMs };
}

/** Ends a pull: Pulled with its duration, the image is on the node. */
export function finishPull(ctx: KubeletContext, record: ContainerRecord, durationMs: number): void {
  const { image } = record.spec;
  const size = findImage(image)?.sizeBytes ?? 0;
  ctx.state.imagesOnNode.add(normalizeImage(image));
  ctx.emit("Normal", Reason.Pulled, objectOf(record), Message.pulled(image, goDuration(durationMs), size));
}

/** The status fields image/imageID once the image is known. */
export function recordImage(record: ContainerRecord): void {
  record.imageRef = normalizeImage(record.spec.image);
  record.imageId = imageIdOf(record.spec.image);
}

function waitWith(ctx: KubeletContext, record: ContainerRecord, reason: string, message: string, warnings: [string, string][]): void {
  if (record.state.kind === "waiting" && record.state.reason === reason) return;
  for (const [eventReason, eventMessage] of warnings) ctx.emit("Warning", eventReason, objectOf(record), eventMessage);
  ctx.emit("Warning", Reason.Failed, objectOf(record), Message.error(reason));
  record.state = { kind: "waiting", reason, message };
}

// The scheduler's turn (kubelet-semantics.md §3, S1, S7–S9): bind and hand the pod to the node's
// kubelet, or emit FailedScheduling and retry every 300 s (SIM for the unschedulable-queue flush).
import { admitOnNode } from "../kubelet/admit-on-node.ts";
import type { KubeletContext } from "../kubelet/kubelet-context.ts";
import { EventObject, Reason } from "../vocab.ts";
import { schedule } from "../scheduler/schedule.ts";

/** SIM: an unschedulable pod is retried every 5 minutes (S9). */
const schedulingRetryMs = 300_000;

/** One scheduling attempt at ctx.nowMs. */
export function schedulePod(ctx: KubeletContext): void {
  const { state } = ctx;
  if (state.isGone || state.scheduling.kind === "bound") return;
  const outcome = schedule(state.admitted, ctx.cluster, {});
  const object = EventObject.pod(state.pod.name);
  switch (outcome.kind) {
    case "Bound":
      state.scheduling = { kind: "bound", nodeName: outcome.nodeName, viaScheduler: true };
      ctx.emit("Normal", Reason.Scheduled, object, outcome.message);
      admitOnNode(ctx, outcome.nodeName);
      return;
    case "Unschedulable":
      state.scheduling = { kind: "unschedulable", message: outcome.message };
      ctx.emit("Warning", Reason.FailedScheduling, object, outcome.message);
      ctx.schedule(ctx.nowMs + schedulingRetryMs, { kind: "schedule" });
      return;
    case "NodeNameSet":
      if (!outcome.nodeExists) {
        state.scheduling = { kind: "stuck" };
        return;
      }
      state.scheduling = { kind: "bound", nodeName: outcome.nodeName, viaScheduler: false };
      admitOnNode(ctx, outcome.nodeName);
      return;
    case "OtherScheduler":
      state.scheduling = { kind: "stuck" };
  }
}

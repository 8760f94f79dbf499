// The kubelet on the pod's node takes it (K1): startTime and hostIP are set, every container gets
// its waiting status, the probe workers start (P8's T_sync), the activeDeadlineSeconds clock
// starts, and the first sync runs.
import { scheduleActiveDeadline } from "./active-deadline.ts";
import type { KubeletContext } from "./kubelet-context.ts";
import { startProbeWorkers } from "./prober/probe-tick.ts";

/** Starts the kubelet's work on the pod bound to `nodeName`. */
export function admitOnNode(ctx: KubeletContext, nodeName: string): void {
  const { state } = ctx;
  state.startTimeMs = ctx.nowMs;
  state.hostIp = hostIpOf(ctx, nodeName);
  startProbeWorkers(ctx);
  scheduleActiveDeadline(ctx);
  ctx.schedule(ctx.nowMs, { kind: "sync" });
}

/** The node's InternalIP, else SIM 192.168.49.(2 + node index). Pure. */
function hostIpOf(ctx: KubeletContext, nodeName: string): string {
  const index = ctx.cluster.nodes.findIndex((node) => node.metadata?.name === nodeName);
  const node = ctx.cluster.nodes[index];
  const internal = node?.status?.addresses?.find((address) => address.type === "InternalIP")?.address;
  return internal ?? `192.168.49.${2 + Math.max(0, index)}`;
}

// Volume set-up before the sandbox exists (K2, K19, K20). The runtime mounts volumes into a
// sandbox object, so one is made here but not published (no pod IP) until sandboxReady. While any
// volume fails, FailedMount is emitted per volume at t, t+0.5, +1, +2, … s, gaps capped at 122 s.
import type { Sandbox } from "../../runtime/container-runtime.ts";
import type { KubeletContext } from "../kubelet-context.ts";
import { EventObject, Message, Reason } from "../../vocab.ts";
import { etcHosts, podHostname } from "../etc-hosts.ts";
import { volumeSource } from "./volume-source.ts";

const firstRetryMs = 500;
const maxRetryGapMs = 122_000;

/** One mount attempt; on success syncs again at once, on failure schedules the next attempt. */
export function setUpVolumes(ctx: KubeletContext): void {
  const { state, rt } = ctx;
  state.mountAttempts++;
  state.sandbox ??= createSandbox(ctx);
  let hasFailed = false;
  for (const volume of state.pod.volumes) {
    const resolved = volumeSource(state, ctx.cluster, volume);
    const failure = "error" in resolved ? resolved.error : rt.addVolume(state.sandbox, volume.name, resolved.source)?.message;
    if (failure === undefined) continue;
    hasFailed = true;
    ctx.emit("Warning", Reason.FailedMount, EventObject.pod(state.pod.name), Message.failedMount(volume.name, failure));
  }
  if (hasFailed) {
    const gapMs = Math.min(firstRetryMs * 2 ** (state.mountAttempts - 1), maxRetryGapMs);
    ctx.schedule(ctx.nowMs + gapMs, { kind: "mountRetry" });
    return;
  }
  state.areVolumesReady = true;
  ctx.schedule(ctx.nowMs, { kind: "sync" });
}

/** A runtime sandbox for the pod (pause, network, /etc/hosts), not yet published. */
export function createSandbox(ctx: KubeletContext): Sandbox {
  const { state } = ctx;
  const podIp = podIpOf(ctx);
  return ctx.rt.createSandbox({
    podIp, hostname: podHostname(state.pod), shareProcessNamespace: state.pod.shareProcessNamespace, etcHosts: etcHosts(state.pod, podIp),
  });
}

/**
 * SIM pod IP: 10.244.<node index>.5 (the docs' example address); a re-created sandbox gets the
 * next address, as host-local IPAM hands out the next free one.
 */
function podIpOf(ctx: KubeletContext): string {
  const { scheduling } = ctx.state;
  const nodeName = scheduling.kind === "bound" ? scheduling.nodeName : "";
  const index = Math.max(0, ctx.cluster.nodes.findIndex((node) => node.metadata?.name === nodeName));
  return `10.244.${index}.${5 + ctx.state.sandboxAttempt}`;
}

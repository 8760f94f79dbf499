// NodePorts (pkg/scheduler/framework/plugins/nodeports): a wanted hostPort conflicts with a used
// one of the same protocol and port when either binds every address (0.0.0.0) or both bind the
// same IP. Containers and sidecars (restartable init containers) count.
import type { Pod } from "kubernetes-types/core/v1";
import type { HostPort } from "../node-state.ts";
import type { Filter } from "./filter-status.ts";

const anyAddress = "0.0.0.0";

/** The host ports a pod asks for, with defaults (protocol TCP, every address). Pure. */
export function podHostPorts(pod: Pod): HostPort[] {
  const sidecars = (pod.spec?.initContainers ?? []).filter((container) => container.restartPolicy === "Always");
  return [...(pod.spec?.containers ?? []), ...sidecars]
    .flatMap((container) => container.ports ?? [])
    .filter((port) => (port.hostPort ?? 0) > 0)
    .map((port) => ({ hostIP: port.hostIP ?? "", protocol: port.protocol ?? "TCP", hostPort: port.hostPort! }));
}

/** Rejects a node where one of the pod's host ports is taken (preemption could free it). Pure. */
export const nodePorts: Filter = (pod, _node, state) => {
  const conflict = podHostPorts(pod).some((wanted) => state.usedHostPorts.some((used) => conflicts(wanted, used)));
  return conflict ? { reasons: ["node(s) didn't have free ports for the requested pod ports"], isResolvable: true } : null;
};

function conflicts(a: HostPort, b: HostPort): boolean {
  if (a.hostPort !== b.hostPort || (a.protocol || "TCP") !== (b.protocol || "TCP")) return false;
  const [ipA, ipB] = [a.hostIP || anyAddress, b.hostIP || anyAddress];
  return ipA === anyAddress || ipB === anyAddress || ipA === ipB;
}

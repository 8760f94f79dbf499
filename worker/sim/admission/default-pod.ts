// Pod and PodSpec defaults (pkg/apis/core/v1/defaults.go: SetDefaults_Pod, SetDefaults_PodSpec),
// applied only where the learner left a field empty (kubelet-semantics.md §1.2–1.6).
import type { Container, Pod, PodSpec } from "kubernetes-types/core/v1";
import { defaultContainer } from "./default-container.ts";
import { defaultVolume } from "./default-volume.ts";

/** The Pod as the API server defaults it after decoding. Pure. */
export function defaultPod(pod: Pod): Pod {
  const spec = (pod.spec ?? {}) as PodSpec;
  const defaultContainers = (list: Container[] | undefined) =>
    list?.map((container) => defaultContainer(spec.hostNetwork ? defaultHostPorts(container) : container));
  const defaulted: PodSpec = {
    ...spec,
    dnsPolicy: spec.dnsPolicy || "ClusterFirst",
    enableServiceLinks: spec.enableServiceLinks ?? true,
    restartPolicy: spec.restartPolicy || "Always",
    schedulerName: spec.schedulerName || "default-scheduler",
    securityContext: spec.securityContext ?? {},
    terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
  };
  const containers = defaultContainers(spec.containers);
  const initContainers = defaultContainers(spec.initContainers);
  if (containers) defaulted.containers = containers;
  if (initContainers) defaulted.initContainers = initContainers;
  if (spec.volumes) defaulted.volumes = spec.volumes.map(defaultVolume);
  return { ...pod, spec: defaulted };
}

/** With hostNetwork, a port's hostPort defaults to its containerPort. */
function defaultHostPorts(container: Container): Container {
  if (!container.ports) return container;
  return { ...container, ports: container.ports.map((port) => ({ ...port, hostPort: port.hostPort || port.containerPort })) };
}

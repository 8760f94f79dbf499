// The kubelet's reading of an admitted Pod. Admission normally defaults every field
// (kubelet-semantics.md §1); the kubelet layer still applies the §1 defaults itself where a field
// is absent, here and only here, so it works on any decoded Pod.
import { parseQuantity, quantityValue } from "../cluster/quantity.ts";
import type { Container, EnvFromSource, EnvVar, HostAlias, Pod, Probe, LifecycleHandler, Toleration, Volume, VolumeMount } from "kubernetes-types/core/v1";

/** How a probe or hook acts (exec, httpGet, tcpSocket, grpc, sleep). */
export type Handler =
  | { kind: "exec"; command: string[] }
  | { kind: "httpGet"; path: string; port: number | string; host: string | undefined; scheme: string; headers: { name: string; value: string }[] }
  | { kind: "tcpSocket"; port: number | string; host: string | undefined }
  | { kind: "grpc"; port: number; service: string | undefined }
  | { kind: "sleep"; seconds: number };

/** A probe with its §1.5 defaults applied, times in ms. */
export interface EffectiveProbe {
  handler: Handler;
  initialDelayMs: number;
  timeoutMs: number;
  periodMs: number;
  successThreshold: number;
  failureThreshold: number;
  /** probe.terminationGracePeriodSeconds, when set (liveness and startup kills). */
  terminationGraceSeconds: number | undefined;
}

/** Which list a container is in: a regular init container, a native sidecar, or an app container. */
export type ContainerKind = "init" | "sidecar" | "regular";

/** One container as the kubelet runs it. */
export interface EffectiveContainer {
  name: string;
  kind: ContainerKind;
  image: string;
  imagePullPolicy: "Always" | "IfNotPresent" | "Never";
  command: string[] | undefined;
  args: string[] | undefined;
  env: EnvVar[];
  envFrom: EnvFromSource[];
  workingDir: string | undefined;
  volumeMounts: VolumeMount[];
  ports: { name: string | undefined; containerPort: number }[];
  /** resources.limits.memory in bytes, when set. */
  memoryLimitBytes: number | undefined;
  livenessProbe: EffectiveProbe | undefined;
  readinessProbe: EffectiveProbe | undefined;
  startupProbe: EffectiveProbe | undefined;
  postStart: Handler | undefined;
  preStop: Handler | undefined;
}

/** The pod-level fields the kubelet reads. */
export interface EffectivePod {
  name: string;
  namespace: string;
  uid: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  restartPolicy: "Always" | "OnFailure" | "Never";
  terminationGraceSeconds: number;
  /** spec.readinessGates[].conditionType, in spec order. */
  readinessGates: string[];
  /** spec.activeDeadlineSeconds in ms, when set (not defaulted, §1.10). */
  activeDeadlineMs: number | undefined;
  shareProcessNamespace: boolean;
  hostNetwork: boolean;
  hostname: string | undefined;
  subdomain: string | undefined;
  hostAliases: HostAlias[];
  serviceAccountName: string;
  tolerations: Toleration[];
  volumes: Volume[];
  initContainers: EffectiveContainer[];
  containers: EffectiveContainer[];
}

/** Reads an admitted Pod with the §1 defaults applied where absent. Pure. */
export function effectiveSpec(pod: Pod): EffectivePod {
  const spec = pod.spec ?? { containers: [] };
  const metadata = pod.metadata ?? {};
  const policy = spec.restartPolicy;
  return {
    name: metadata.name ?? "",
    namespace: metadata.namespace || "default",
    uid: metadata.uid ?? "",
    labels: metadata.labels ?? {},
    annotations: metadata.annotations ?? {},
    restartPolicy: policy === "OnFailure" || policy === "Never" ? policy : "Always",
    terminationGraceSeconds: spec.terminationGracePeriodSeconds ?? 30,
    readinessGates: (spec.readinessGates ?? []).map((gate) => gate.conditionType),
    activeDeadlineMs: spec.activeDeadlineSeconds === undefined ? undefined : spec.activeDeadlineSeconds * 1000,
    shareProcessNamespace: spec.shareProcessNamespace === true,
    hostNetwork: spec.hostNetwork === true,
    hostname: spec.hostname || undefined,
    subdomain: spec.subdomain || undefined,
    hostAliases: spec.hostAliases ?? [],
    serviceAccountName: spec.serviceAccountName || "default",
    tolerations: spec.tolerations ?? [],
    volumes: spec.volumes ?? [],
    initContainers: (spec.initContainers ?? []).map((container) => effectiveContainer(container, container.restartPolicy === "Always" ? "sidecar" : "init")),
    containers: (spec.containers ?? []).map((container) => effectiveContainer(container, "regular")),
  };
}

function effectiveContainer(container: Container, kind: ContainerKind): EffectiveContainer {
  const image = container.image ?? "";
  return {
    name: container.name,
    kind,
    image,
    imagePullPolicy: container.imagePullPolicy === "Always" || container.imagePullPolicy === "IfNotPresent" || container.imagePullPolicy === "Never"
      ? container.imagePullPolicy
      : defaultPullPolicy(image),
    command: container.command,
    args: container.args,
    env: container.env ?? [],
    envFrom: container.envFrom ?? [],
    workingDir: container.workingDir || undefined,
    volumeMounts: container.volumeMounts ?? [],
    ports: (container.ports ?? []).map((port) => ({ name: port.name, containerPort: port.containerPort })),
    memoryLimitBytes: memoryLimitOf(container),
    livenessProbe: effectiveProbe(container.livenessProbe),
    readinessProbe: effectiveProbe(container.readinessProbe),
    startupProbe: effectiveProbe(container.startupProbe),
    postStart: handlerOf(container.lifecycle?.postStart),
    preStop: handlerOf(container.lifecycle?.preStop),
  };
}

/** resources.limits.memory in bytes (Quantity.Value rounds a fraction up), or undefined. Pure. */
function memoryLimitOf(container: Container): number | undefined {
  const text = container.resources?.limits?.memory;
  const quantity = text === undefined ? null : parseQuantity(text);
  return quantity === null ? undefined : Number(quantityValue(quantity));
}

/** §1.4: tag `latest` (or no tag and no digest) gives Always, anything else IfNotPresent. Pure. */
export function defaultPullPolicy(image: string): "Always" | "IfNotPresent" {
  if (image.includes("@")) return "IfNotPresent";
  const slash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  const tag = colon > slash ? image.slice(colon + 1) : "latest";
  return tag === "latest" ? "Always" : "IfNotPresent";
}

function effectiveProbe(probe: Probe | undefined): EffectiveProbe | undefined {
  const handler = handlerOf(probe);
  if (probe === undefined || handler === undefined) return undefined;
  return {
    handler,
    initialDelayMs: (probe.initialDelaySeconds ?? 0) * 1000,
    timeoutMs: (probe.timeoutSeconds || 1) * 1000,
    periodMs: (probe.periodSeconds || 10) * 1000,
    successThreshold: probe.successThreshold || 1,
    failureThreshold: probe.failureThreshold || 3,
    terminationGraceSeconds: probe.terminationGracePeriodSeconds ?? undefined,
  };
}

function handlerOf(source: (Probe & LifecycleHandler) | Probe | LifecycleHandler | undefined): Handler | undefined {
  if (source === undefined) return undefined;
  const any = source as Probe & LifecycleHandler;
  if (any.exec) return { kind: "exec", command: any.exec.command ?? [] };
  if (any.httpGet) {
    const { httpGet } = any;
    return { kind: "httpGet", path: httpGet.path || "/", port: httpGet.port, host: httpGet.host || undefined, scheme: httpGet.scheme || "HTTP", headers: httpGet.httpHeaders ?? [] };
  }
  if (any.tcpSocket) return { kind: "tcpSocket", port: any.tcpSocket.port, host: any.tcpSocket.host || undefined };
  if (any.grpc) return { kind: "grpc", port: any.grpc.port, service: any.grpc.service ?? undefined };
  if (any.sleep) return { kind: "sleep", seconds: any.sleep.seconds };
  return undefined;
}

// Container defaults (pkg/apis/core/v1/defaults.go: SetDefaults_Container, _ContainerPort,
// _Probe, _HTTPGetAction, _ObjectFieldSelector, and SetDefaults_Pod's requests-from-limits).
import type { Container, EnvVar, Lifecycle, LifecycleHandler, Probe } from "kubernetes-types/core/v1";
import { defaultImagePullPolicy } from "./default-image-pull-policy.ts";

/**
 * A container with the API server's defaults filled in where the learner left them empty.
 * `resources` is always present (a Go struct value), and every limited resource without a
 * request gets a request equal to its limit. Pure.
 */
export function defaultContainer(container: Container): Container {
  const defaulted: Container = {
    ...container,
    imagePullPolicy: container.imagePullPolicy || defaultImagePullPolicy(container.image ?? ""),
    resources: defaultResources(container.resources),
    terminationMessagePath: container.terminationMessagePath || "/dev/termination-log",
    terminationMessagePolicy: container.terminationMessagePolicy || "File",
  };
  if (container.ports) defaulted.ports = container.ports.map((port) => ({ ...port, protocol: port.protocol || "TCP" }));
  if (container.env) defaulted.env = container.env.map(defaultEnvVar);
  if (container.lifecycle) defaulted.lifecycle = defaultLifecycle(container.lifecycle);
  if (container.livenessProbe) defaulted.livenessProbe = defaultProbe(container.livenessProbe);
  if (container.readinessProbe) defaulted.readinessProbe = defaultProbe(container.readinessProbe);
  if (container.startupProbe) defaulted.startupProbe = defaultProbe(container.startupProbe);
  return defaulted;
}

function defaultResources(resources: Container["resources"]): NonNullable<Container["resources"]> {
  if (!resources?.limits) return { ...resources };
  return { ...resources, requests: { ...resources.limits, ...resources.requests } };
}

/** An env var whose downward-API fieldRef gets apiVersion v1 when empty. Pure. */
export function defaultEnvVar(env: EnvVar): EnvVar {
  const fieldRef = env.valueFrom?.fieldRef;
  if (!fieldRef) return env;
  return { ...env, valueFrom: { ...env.valueFrom, fieldRef: { ...fieldRef, apiVersion: fieldRef.apiVersion || "v1" } } };
}

function defaultProbe(probe: Probe): Probe {
  return {
    ...defaultHandler(probe),
    timeoutSeconds: probe.timeoutSeconds || 1,
    periodSeconds: probe.periodSeconds || 10,
    successThreshold: probe.successThreshold || 1,
    failureThreshold: probe.failureThreshold || 3,
  };
}

function defaultLifecycle(lifecycle: Lifecycle): Lifecycle {
  const defaulted: Lifecycle = { ...lifecycle };
  if (lifecycle.postStart) defaulted.postStart = defaultHandler(lifecycle.postStart);
  if (lifecycle.preStop) defaulted.preStop = defaultHandler(lifecycle.preStop);
  return defaulted;
}

function defaultHandler<T extends Probe | LifecycleHandler>(handler: T): T {
  if (!handler.httpGet) return handler;
  return { ...handler, httpGet: { ...handler.httpGet, path: handler.httpGet.path || "/", scheme: handler.httpGet.scheme || "HTTP" } };
}

// Probes and lifecycle hooks (validation.go validateLivenessProbe, validateReadinessProbe,
// validateStartupProbe, validateProbe, validateHandler, validateLifecycle).
import type { Container, LifecycleHandler, Probe } from "kubernetes-types/core/v1";
import { type FieldError, forbidden, invalid, notSupported, required } from "./field-error.ts";
import type { FieldPath } from "./field-path.ts";
import { validatePortNumOrName } from "./validate-ports.ts";
import { regexError } from "./validate-names.ts";

type Handler = Probe & LifecycleHandler;

/** Errors of a container's lifecycle hooks and its three probes, in that order. Pure. */
export function validateHooksAndProbes(container: Container, gracePeriod: number, path: FieldPath): FieldError[] {
  const errors: FieldError[] = [];
  const { lifecycle } = container;
  if (lifecycle?.postStart) errors.push(...validateHandler(lifecycle.postStart, ["exec", "httpGet", "tcpSocket", "sleep"], gracePeriod, [...path, "lifecycle", "postStart"]));
  if (lifecycle?.preStop) errors.push(...validateHandler(lifecycle.preStop, ["exec", "httpGet", "tcpSocket", "sleep"], gracePeriod, [...path, "lifecycle", "preStop"]));
  for (const kind of ["livenessProbe", "readinessProbe", "startupProbe"] as const) {
    const probe = container[kind];
    if (probe) errors.push(...validateProbe(probe, kind, gracePeriod, [...path, kind]));
  }
  return errors;
}

function validateProbe(probe: Probe, kind: "livenessProbe" | "readinessProbe" | "startupProbe", gracePeriod: number, path: FieldPath): FieldError[] {
  const errors = validateHandler(probe, ["exec", "httpGet", "tcpSocket", "grpc"], gracePeriod, path);
  for (const field of ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"] as const) {
    const value = probe[field] ?? 0;
    if (value < 0) errors.push(invalid([...path, field], value, "must be greater than or equal to 0"));
  }
  const grace = probe.terminationGracePeriodSeconds;
  if (grace !== undefined && grace <= 0) errors.push(invalid([...path, "terminationGracePeriodSeconds"], grace, "must be greater than 0"));
  if (kind !== "readinessProbe" && probe.successThreshold !== 1) {
    errors.push(invalid([...path, "successThreshold"], probe.successThreshold ?? 0, "must be 1"));
  }
  if (kind === "readinessProbe" && grace !== undefined) {
    errors.push(invalid([...path, "terminationGracePeriodSeconds"], grace, "must not be set for readinessProbes"));
  }
  return errors;
}

/** One handler: exactly one action, checked in the server's order; every further one is Forbidden. */
function validateHandler(handler: Handler, actions: readonly (keyof Handler)[], gracePeriod: number, path: FieldPath): FieldError[] {
  const errors: FieldError[] = [];
  let count = 0;
  for (const action of actions) {
    if (handler[action] === undefined) continue;
    if (count++ > 0) errors.push(forbidden([...path, action], "may not specify more than 1 handler type"));
    else errors.push(...validateAction(handler, action, gracePeriod, [...path, action]));
  }
  if (count === 0) errors.push(required(path, "must specify a handler type"));
  return errors;
}

function validateAction(handler: Handler, action: keyof Handler, gracePeriod: number, path: FieldPath): FieldError[] {
  switch (action) {
    case "exec":
      return handler.exec!.command?.length ? [] : [required([...path, "command"])];
    case "httpGet": {
      const { path: urlPath, port, scheme = "", httpHeaders = [] } = handler.httpGet!;
      return [
        ...(urlPath ? [] : [required([...path, "path"])]),
        ...validatePortNumOrName(port ?? 0, [...path, "port"]),
        ...(["HTTP", "HTTPS"].includes(scheme) ? [] : [notSupported([...path, "scheme"], scheme, ["HTTP", "HTTPS"])]),
        ...httpHeaders.filter((h) => !/^[-A-Za-z0-9]+$/.test(h.name)).map((h) =>
          invalid([...path, "httpHeaders"], h.name, regexError("a valid HTTP header must consist of alphanumeric characters or '-'", "[-A-Za-z0-9]+", "X-Header-Name"))),
      ];
    }
    case "tcpSocket":
      return validatePortNumOrName(handler.tcpSocket!.port ?? 0, [...path, "port"]);
    case "grpc":
      return validatePortNumOrName(handler.grpc!.port ?? 0, [...path, "port"]);
    case "sleep": {
      const seconds = handler.sleep!.seconds ?? 0;
      if (seconds > 0 && seconds <= gracePeriod) return [];
      return [invalid(path, seconds, `must be greater than 0 and less than terminationGracePeriodSeconds (${gracePeriod})`)];
    }
    default:
      return [];
  }
}

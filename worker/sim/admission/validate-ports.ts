// Container ports (validation.go validateContainerPorts, ValidatePortNumOrName, and the host-port
// conflict check AccumulateUniqueHostPorts).
import type { Container, ContainerPort } from "kubernetes-types/core/v1";
import { duplicate, type FieldError, invalid, notSupported, required } from "./field-error.ts";
import type { FieldPath } from "./field-path.ts";
import { isValidPortName, isValidPortNum } from "./validate-names.ts";

/** Errors of one container's ports; `path` is `….ports`. Pure. */
export function validateContainerPorts(ports: readonly ContainerPort[], path: FieldPath): FieldError[] {
  const errors: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((port, index) => {
    const at = (field: string) => [...path, index, field];
    if (port.name) {
      const messages = isValidPortName(port.name);
      if (messages.length > 0) errors.push(...messages.map((m) => invalid(at("name"), port.name, m)));
      else if (names.has(port.name)) errors.push(duplicate(at("name"), port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errors.push(required(at("containerPort")));
    else errors.push(...isValidPortNum(port.containerPort).map((m) => invalid(at("containerPort"), port.containerPort, m)));
    if (port.hostPort) errors.push(...isValidPortNum(port.hostPort).map((m) => invalid(at("hostPort"), port.hostPort, m)));
    if (!port.protocol) errors.push(required(at("protocol")));
    else if (!["SCTP", "TCP", "UDP"].includes(port.protocol)) errors.push(notSupported(at("protocol"), port.protocol, ["SCTP", "TCP", "UDP"]));
  });
  return errors;
}

/** A probe or hook port: a number in range, or an IANA service name. Pure. */
export function validatePortNumOrName(port: number | string, path: FieldPath): FieldError[] {
  const messages = typeof port === "number" ? isValidPortNum(port) : isValidPortName(port);
  return messages.map((message) => invalid(path, port, message));
}

/** The same PROTOCOL/HOSTIP/PORT twice among `containers`, reported on the later one. Pure. */
export function checkHostPortConflicts(containers: readonly Container[], path: FieldPath): FieldError[] {
  const seen = new Set<string>();
  return containers.flatMap((container, index) =>
    (container.ports ?? []).flatMap((port, portIndex) => {
      if (!port.hostPort) return [];
      const key = `${port.protocol ?? ""}/${port.hostIP ?? ""}/${port.hostPort}`;
      if (seen.has(key)) return [duplicate([...path, index, "ports", portIndex, "hostPort"], key)];
      seen.add(key);
      return [];
    }),
  );
}

// The Containers / Init Containers section of `kubectl describe pod` (describe.go:
// describeContainers and the describeContainer* helpers it calls, in that order), as tabbed
// lines for the tab writer. Statuses come from the stored Pod's status, matched by name.
import type { Container, ContainerState, ContainerStatus, EnvVar, Pod } from "kubernetes-types/core/v1";
import { describeProbe } from "./describe-probe.ts";
import { formatRfc1123z } from "./format-rfc1123z.ts";
import { quantityText, resourceFieldValue } from "./quantity-text.ts";
import { resolveFieldRef } from "./resolve-field-ref.ts";

const L1 = "  ";
const L2 = "    ";
const L3 = "      ";

/** The section headed `label` for `containers`, with each container's status when it has one. Pure. */
export function describeContainers(label: string, containers: readonly Container[], statuses: readonly ContainerStatus[], pod: Pod): string {
  let text = `${label}:${containers.length === 0 ? " <none>" : ""}\n`;
  for (const container of containers) {
    const status = statuses.find((candidate) => candidate.name === container.name);
    text += basicInfo(container, status) + command(container);
    if (status) text += state("State", status.state) + lastState(status) + `${L2}Ready:\t${status.ready ? "True" : "False"}\n${L2}Restart Count:\t${status.restartCount ?? 0}\n`;
    text += resources(container) + probes(container) + envFrom(container) + env(container, pod) + mounts(container);
  }
  return text;
}

function portList(container: Container, pick: "containerPort" | "hostPort"): string {
  return (container.ports ?? []).map((port) => `${port[pick] ?? 0}/${port.protocol ?? ""}`).join(", ");
}

function basicInfo(container: Container, status: ContainerStatus | undefined): string {
  let text = `${L1}${container.name}:\n`;
  if (status) text += `${L2}Container ID:\t${status.containerID ?? ""}\n`;
  text += `${L2}Image:\t${container.image ?? ""}\n`;
  if (status) text += `${L2}Image ID:\t${status.imageID ?? ""}\n`;
  const ports = portList(container, "containerPort");
  text += ports.includes(",") ? `${L2}Ports:\t${ports}\n` : `${L2}Port:\t${ports || "<none>"}\n`;
  const hostPorts = portList(container, "hostPort");
  text += hostPorts.includes(",") ? `${L2}Host Ports:\t${hostPorts}\n` : `${L2}Host Port:\t${hostPorts || "<none>"}\n`;
  return text;
}

function command(container: Container): string {
  const block = (title: string, items: readonly string[] | undefined) =>
    items && items.length > 0 ? `${L2}${title}:\n${items.flatMap((item) => item.split("\n")).map((line) => `${L3}${line}\n`).join("")}` : "";
  return block("Command", container.command) + block("Args", container.args);
}

/** Go's zero time.Time, which describe formats when a terminated state has no times. */
const zeroTime = "0001-01-01T00:00:00Z";

function state(title: string, value: ContainerState | undefined): string {
  if (value?.running) return `${L2}${title}:\tRunning\n${L3}Started:\t${formatRfc1123z(value.running.startedAt ?? "")}\n`;
  if (value?.terminated) {
    const t = value.terminated;
    let text = `${L2}${title}:\tTerminated\n`;
    if (t.reason) text += `${L3}Reason:\t${t.reason}\n`;
    if (t.message) text += `${L3}Message:\t${t.message}\n`;
    text += `${L3}Exit Code:\t${t.exitCode}\n`;
    if ((t.signal ?? 0) > 0) text += `${L3}Signal:\t${t.signal}\n`;
    return text + `${L3}Started:\t${formatRfc1123z(t.startedAt ?? zeroTime)}\n${L3}Finished:\t${formatRfc1123z(t.finishedAt ?? zeroTime)}\n`;
  }
  const reason = value?.waiting?.reason ? `${L3}Reason:\t${value.waiting.reason}\n` : "";
  return `${L2}${title}:\tWaiting\n${reason}`;
}

function lastState(status: ContainerStatus): string {
  return status.lastState?.terminated ? state("Last State", status.lastState) : "";
}

function resources(container: Container): string {
  const block = (title: string, list: Record<string, string | number> | undefined) => {
    const names = Object.keys(list ?? {}).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (names.length === 0) return "";
    return `${L2}${title}:\n${names.map((name) => `${L3}${name}:\t${quantityText(list![name]!)}\n`).join("")}`;
  };
  return block("Limits", container.resources?.limits) + block("Requests", container.resources?.requests);
}

function probes(container: Container): string {
  let text = "";
  if (container.livenessProbe) text += `${L2}Liveness:\t${describeProbe(container.livenessProbe)}\n`;
  if (container.readinessProbe) text += `${L2}Readiness:\t${describeProbe(container.readinessProbe)}\n`;
  if (container.startupProbe) text += `${L2}Startup:\t${describeProbe(container.startupProbe)}\n`;
  return text;
}

function envFrom(container: Container): string {
  const sources = container.envFrom ?? [];
  if (sources.length === 0) return "";
  return `${L2}Environment Variables from:\n` + sources.map((source) => {
    const from = source.configMapRef ? "ConfigMap" : source.secretRef ? "Secret" : "";
    const ref = source.configMapRef ?? source.secretRef;
    const kind = source.prefix ? `${from} with prefix '${source.prefix}'` : from;
    return `${L3}${ref?.name ?? ""}\t${kind}\tOptional: ${ref?.optional === true}\n`;
  }).join("");
}

function envLine(variable: EnvVar, container: Container, pod: Pod): string {
  const from = variable.valueFrom;
  if (!from) return (variable.value ?? "").split("\n").map((line, index) => (index === 0 ? `${L3}${variable.name}:\t${line}\n` : `${L3}\t${line}\n`)).join("");
  if (from.fieldRef) return `${L3}${variable.name}:\t${resolveFieldRef(pod, from.fieldRef.fieldPath)} (${from.fieldRef.apiVersion ?? ""}:${from.fieldRef.fieldPath})\n`;
  if (from.resourceFieldRef) {
    const value = resourceFieldValue(from.resourceFieldRef, container.resources?.limits ?? {}, container.resources?.requests ?? {});
    return `${L3}${variable.name}:\t${value} (${from.resourceFieldRef.resource})\n`;
  }
  if (from.secretKeyRef) return `${L3}${variable.name}:\t<set to the key '${from.secretKeyRef.key}' in secret '${from.secretKeyRef.name ?? ""}'>\tOptional: ${from.secretKeyRef.optional === true}\n`;
  if (from.configMapKeyRef) return `${L3}${variable.name}:\t<set to the key '${from.configMapKeyRef.key}' of config map '${from.configMapKeyRef.name ?? ""}'>\tOptional: ${from.configMapKeyRef.optional === true}\n`;
  return "";
}

function env(container: Container, pod: Pod): string {
  const variables = container.env ?? [];
  return `${L2}Environment:${variables.length === 0 ? "\t<none>" : ""}\n` + variables.map((variable) => envLine(variable, container, pod)).join("");
}

function mounts(container: Container): string {
  const list = [...(container.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  return `${L2}Mounts:${list.length === 0 ? "\t<none>" : ""}\n` + list.map((mount) => {
    const flags = [mount.readOnly ? "ro" : "rw", ...(mount.subPath ? [`path=${JSON.stringify(mount.subPath)}`] : [])];
    return `${L3}${mount.mountPath} from ${mount.name} (${flags.join(",")})\n`;
  }).join("");
}

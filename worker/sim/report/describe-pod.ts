// `kubectl describe pod NAME` for the stored Pod at the end of the run, field by field in the
// order of describePod (staging/src/k8s.io/kubectl/pkg/describe/describe.go, v1.31): the whole
// view goes through one tab writer (minwidth 0, padding 2), except the Events table, which is
// flushed and aligned on its own.
import type { Pod } from "kubernetes-types/core/v1";
import type { SimEvent } from "../sim-result.ts";
import { describeContainers } from "./describe-containers.ts";
import { describeEvents } from "./describe-events.ts";
import { annotationLines, labelLines, tolerationLines } from "./describe-fields.ts";
import { describeVolumes } from "./describe-volumes.ts";
import { formatRfc1123z } from "./format-rfc1123z.ts";
import { describeTabs, tabwrite } from "./go-tab-writer.ts";
import { humanDuration } from "./human-duration.ts";
import { secondsSinceCreation } from "./seconds-since-creation.ts";

function header(pod: Pod): string {
  const spec = pod.spec;
  const status = pod.status ?? {};
  let text = `Name:\t${pod.metadata?.name ?? ""}\nNamespace:\t${pod.metadata?.namespace ?? ""}\n`;
  if (spec?.priority !== undefined && spec.priority !== null) text += `Priority:\t${spec.priority}\n`;
  if (spec?.priorityClassName) text += `Priority Class Name:\t${spec.priorityClassName}\n`;
  if (spec?.runtimeClassName) text += `Runtime Class Name:\t${spec.runtimeClassName}\n`;
  if (spec?.serviceAccountName) text += `Service Account:\t${spec.serviceAccountName}\n`;
  text += spec?.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ""}\n` : "Node:\t<none>\n";
  if (status.startTime) text += `Start Time:\t${formatRfc1123z(status.startTime)}\n`;
  return text + labelLines("Labels", pod.metadata?.labels) + annotationLines(pod.metadata?.annotations);
}

function statusLines(pod: Pod, nowSeconds: number): string {
  const status = pod.status ?? {};
  const deletion = pod.metadata?.deletionTimestamp;
  const terminal = status.phase === "Succeeded" || status.phase === "Failed";
  let text = "";
  if (deletion && !terminal) {
    const lasts = humanDuration(Math.floor(nowSeconds - secondsSinceCreation(pod, deletion)));
    text += `Status:\tTerminating (lasts ${lasts})\nTermination Grace Period:\t${pod.metadata?.deletionGracePeriodSeconds ?? 0}s\n`;
  } else text += `Status:\t${status.phase ?? ""}\n`;
  if (status.reason) text += `Reason:\t${status.reason}\n`;
  if (status.message) text += `Message:\t${status.message}\n`;
  text += `IP:\t${status.podIP ?? ""}\n`;
  const ips = status.podIPs ?? [];
  text += ips.length === 0 ? "IPs:\t<none>\n" : `IPs:\n${ips.map((ip) => `  IP:\t${ip.ip}\n`).join("")}`;
  if (status.nominatedNodeName) text += `NominatedNodeName:\t${status.nominatedNodeName}\n`;
  return text;
}

/** The gates and the status of each one's condition, `<none>` when it does not exist. */
function readinessGateLines(pod: Pod): string {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return "";
  const conditions = pod.status?.conditions ?? [];
  const rows = gates.map((gate) => `  ${gate.conditionType} \t${conditions.find((condition) => condition.type === gate.conditionType)?.status ?? "<none>"} \n`);
  return `Readiness Gates:\n  Type\tStatus\n${rows.join("")}`;
}

function conditionLines(pod: Pod): string {
  const conditions = pod.status?.conditions ?? [];
  if (conditions.length === 0) return "";
  return `Conditions:\n  Type\tStatus\n${conditions.map((condition) => `  ${condition.type} \t${condition.status} \n`).join("")}`;
}

/**
 * The describe view of `pod` as kubectl would print it `nowSeconds` after the pod was created,
 * with `events` in its Events table. Pure.
 */
export function describePod(pod: Pod, events: readonly SimEvent[], nowSeconds: number): string {
  const spec = pod.spec;
  const status = pod.status ?? {};
  let text = header(pod) + statusLines(pod, nowSeconds);
  if ((spec?.initContainers ?? []).length > 0) text += describeContainers("Init Containers", spec!.initContainers!, status.initContainerStatuses ?? [], pod);
  text += describeContainers("Containers", spec?.containers ?? [], status.containerStatuses ?? [], pod);
  text += readinessGateLines(pod) + conditionLines(pod) + describeVolumes(spec?.volumes);
  text += `QoS Class:\t${status.qosClass ?? ""}\n`;
  text += labelLines("Node-Selectors", spec?.nodeSelector) + tolerationLines(spec?.tolerations);
  if (events.length === 0) return tabwrite(`${text}Events:\t<none>\n`, describeTabs);
  return tabwrite(text, describeTabs) + describeEvents(events, nowSeconds);
}

// The pod-level part of ValidatePodSpec (validation.go), after the containers: host-network
// ports, restart and DNS policies, nodeSelector, pod security context, dnsConfig, names the
// spec refers to, readinessGates, activeDeadlineSeconds, tolerations, hostAliases and priority fields.
import type { PodSpec } from "kubernetes-types/core/v1";
import { type FieldError, invalid, notSupported, required } from "./field-error.ts";
import { validateDnsConfig } from "./validate-dns-config.ts";
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName } from "./validate-names.ts";
import { validateLabels } from "./validate-object-meta.ts";
import { validateHostAliases, validateTolerations } from "./validate-tolerations.ts";

/** Pod-level errors in the API server's order. Pure. */
export function validatePodLevelFields(spec: PodSpec): FieldError[] {
  return [
    ...validateHostNetworkPorts(spec),
    ...validateEnum(spec.restartPolicy, ["Always", "OnFailure", "Never"], "restartPolicy"),
    ...validateEnum(spec.dnsPolicy, ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"], "dnsPolicy"),
    ...validateLabels(spec.nodeSelector, ["spec", "nodeSelector"]),
    ...validatePodSecurityContext(spec),
    ...validateDnsConfig(spec),
    ...validateReadinessGates(spec),
    ...validateName(spec.serviceAccountName, "serviceAccountName", isDNS1123Subdomain),
    ...validateName(spec.nodeName, "nodeName", isDNS1123Subdomain),
    ...validateActiveDeadline(spec.activeDeadlineSeconds),
    ...validateName(spec.hostname, "hostname", isDNS1123Label),
    ...validateName(spec.subdomain, "subdomain", isDNS1123Label),
    ...validateTolerations(spec.tolerations ?? []),
    ...validateHostAliases(spec.hostAliases ?? []),
    ...validateName(spec.priorityClassName, "priorityClassName", isDNS1123Subdomain),
    ...(spec.preemptionPolicy === undefined ? [] : validateEnum(spec.preemptionPolicy, ["PreemptLowerPriority", "Never"], "preemptionPolicy")),
  ];
}

/** With hostNetwork, every container's hostPort must equal its containerPort. */
function validateHostNetworkPorts(spec: PodSpec): FieldError[] {
  if (!spec.hostNetwork) return [];
  return (spec.containers ?? []).flatMap((container, index) =>
    (container.ports ?? []).flatMap((port, portIndex) =>
      (port.hostPort ?? 0) === port.containerPort
        ? []
        : [invalid(["spec", "containers", index, "ports", portIndex, "hostPort"], port.hostPort ?? 0, "must match `containerPort` when `hostNetwork` is true")],
    ),
  );
}

function validateEnum(value: string | undefined, allowed: readonly string[], field: string): FieldError[] {
  if (!value) return [required(["spec", field])];
  return allowed.includes(value) ? [] : [notSupported(["spec", field], value, allowed)];
}

function validateName(value: string | undefined, field: string, check: (value: string) => string[]): FieldError[] {
  return value ? check(value).map((message) => invalid(["spec", field], value, message)) : [];
}

/** validateReadinessGates: each conditionType is a qualified name. */
function validateReadinessGates(spec: PodSpec): FieldError[] {
  return (spec.readinessGates ?? []).flatMap((gate, index) =>
    isQualifiedName(gate.conditionType ?? "").map((message) => invalid(["spec", "readinessGates", index, "conditionType"], gate.conditionType ?? "", message)));
}

function validateActiveDeadline(value: number | undefined): FieldError[] {
  if (value === undefined || (value >= 1 && value <= 2147483647)) return [];
  return [invalid(["spec", "activeDeadlineSeconds"], value, "must be between 1 and 2147483647, inclusive")];
}

/** validatePodSpecSecurityContext: ids in range, and no shared PID namespace with hostPID. */
function validatePodSecurityContext(spec: PodSpec): FieldError[] {
  const path = ["spec", "securityContext"];
  const context = spec.securityContext ?? {};
  const outOfRange = (id: number | undefined) => id !== undefined && (id < 0 || id > 2147483647);
  const errors: FieldError[] = [];
  for (const field of ["fsGroup", "runAsUser", "runAsGroup"] as const) {
    if (outOfRange(context[field])) errors.push(invalid([...path, field], context[field], "must be between 0 and 2147483647, inclusive"));
  }
  (context.supplementalGroups ?? []).forEach((id, index) => {
    if (outOfRange(id)) errors.push(invalid([...path, "supplementalGroups", index], id, "must be between 0 and 2147483647, inclusive"));
  });
  if (spec.shareProcessNamespace && spec.hostPID) {
    errors.push(invalid([...path, "shareProcessNamespace"], true, "ShareProcessNamespace and HostPID cannot both be enabled"));
  }
  return errors;
}

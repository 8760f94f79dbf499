// A v1 Node from a cluster file. What a real kubelet would have registered fills the gaps: its
// labels, resources (any of cpu, memory, ephemeral-storage, pods left out takes the default
// node's value; allocatable defaults to capacity) and healthy conditions. The control plane's
// taints for conditions and cordoning are then added (withControllerTaints).
import type { Node, NodeCondition, Taint } from "kubernetes-types/core/v1";
import { defaultNodeResources, healthyNodeConditions, kubeletNodeLabels } from "./default-cluster.ts";
import { checkKnownKeys, type DocumentReader, type JsonObject, readBoolean, readList, readObject, readRequiredString, readString, report } from "./document-reader.ts";
import { notReadyAtAnnotation } from "./node-failure.ts";
import { parseDurationMs } from "./parse-duration-ms.ts";
import { readMetadata } from "./read-metadata.ts";
import { readResourceList } from "./read-resource-list.ts";
import { withControllerTaints } from "./with-controller-taints.ts";

const nodeFields = ["apiVersion", "kind", "metadata", "spec", "status"];
const specFields = ["podCIDR", "podCIDRs", "providerID", "unschedulable", "taints", "configSource", "externalID"];
const statusFields = [
  "capacity", "allocatable", "phase", "conditions", "addresses", "daemonEndpoints", "nodeInfo", "images",
  "volumesInUse", "volumesAttached", "config", "runtimeHandlers", "features",
];
const taintEffects = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
const conditionStatuses = ["True", "False", "Unknown"];

/** Reads and completes one Node; undefined (with problems recorded) when it is unusable. */
export function readNode(reader: DocumentReader, object: JsonObject): Node | undefined {
  checkKnownKeys(reader, object, [], nodeFields);
  const metadata = readMetadata(reader, object.metadata, false);
  const spec = readObject(reader, object.spec, ["spec"]) ?? {};
  checkKnownKeys(reader, spec, ["spec"], specFields);
  const unschedulable = readBoolean(reader, spec.unschedulable, ["spec", "unschedulable"]);
  const taints = readList(reader, spec.taints, ["spec", "taints"])?.map((item, index) => readTaint(reader, item, index));
  const status = readObject(reader, object.status, ["status"]) ?? {};
  checkKnownKeys(reader, status, ["status"], statusFields);
  const capacity = readResourceList(reader, status.capacity, ["status", "capacity"]) ?? {};
  const allocatable = readResourceList(reader, status.allocatable, ["status", "allocatable"]) ?? {};
  const conditions = readList(reader, status.conditions, ["status", "conditions"])?.map((item, index) => readCondition(reader, item, index));
  checkNotReadyAt(reader, metadata?.annotations?.[notReadyAtAnnotation]);
  if (metadata === undefined || taints?.includes(undefined) || conditions?.includes(undefined)) return undefined;

  const name = metadata.name!;
  const resources = completeResources(capacity, allocatable);
  return withControllerTaints({
    ...object,
    apiVersion: "v1",
    kind: "Node",
    metadata: { ...metadata, labels: { ...kubeletNodeLabels(name), ...metadata.labels } },
    spec: { ...spec, ...(taints ? { taints: taints as Taint[] } : {}), ...(unschedulable === undefined ? {} : { unschedulable }) },
    status: { ...status, ...resources, conditions: completeConditions((conditions ?? []) as NodeCondition[]) },
  });
}

function readTaint(reader: DocumentReader, item: unknown, index: number): Taint | undefined {
  const path = ["spec", "taints", String(index)];
  const taint = readObject(reader, item, path);
  if (!taint) return undefined;
  checkKnownKeys(reader, taint, path, ["key", "value", "effect", "timeAdded"]);
  const key = readRequiredString(reader, taint.key, [...path, "key"]);
  const value = readString(reader, taint.value, [...path, "value"]);
  const effect = readRequiredString(reader, taint.effect, [...path, "effect"]);
  if (key === undefined || effect === undefined) return undefined;
  if (!taintEffects.includes(effect)) return unsupported(reader, [...path, "effect"], effect, taintEffects);
  return { key, ...(value ? { value } : {}), effect };
}

function readCondition(reader: DocumentReader, item: unknown, index: number): NodeCondition | undefined {
  const path = ["status", "conditions", String(index)];
  const condition = readObject(reader, item, path);
  if (!condition) return undefined;
  const type = readRequiredString(reader, condition.type, [...path, "type"]);
  const status = readRequiredString(reader, condition.status, [...path, "status"]);
  if (type === undefined || status === undefined) return undefined;
  if (!conditionStatuses.includes(status)) return unsupported(reader, [...path, "status"], status, conditionStatuses);
  return { ...condition, type, status } as NodeCondition;
}

function unsupported(reader: DocumentReader, path: string[], value: string, supported: readonly string[]): undefined {
  const list = supported.map((entry) => JSON.stringify(entry)).join(", ");
  return report(reader, "FieldValueInvalid", path, `Unsupported value: ${JSON.stringify(value)}: supported values: ${list}`);
}

function checkNotReadyAt(reader: DocumentReader, text: string | undefined): void {
  if (text === undefined || parseDurationMs(text) !== null) return;
  report(reader, "FieldValueInvalid", ["metadata", "annotations", notReadyAtAnnotation],
    `Invalid value: ${JSON.stringify(text)}: must be a duration such as "90s", "2m" or "1m30s", or a number of seconds`);
}

function completeResources(capacity: Record<string, string>, allocatable: Record<string, string>) {
  const names = [...new Set([...Object.keys(defaultNodeResources), ...Object.keys(capacity), ...Object.keys(allocatable)])].sort();
  const outAllocatable: Record<string, string> = {};
  const outCapacity: Record<string, string> = {};
  for (const name of names) {
    outAllocatable[name] = allocatable[name] ?? capacity[name] ?? defaultNodeResources[name]!;
    outCapacity[name] = capacity[name] ?? outAllocatable[name]!;
  }
  return { capacity: outCapacity, allocatable: outAllocatable };
}

/** Keeps the file's conditions and adds the healthy ones it does not mention. */
function completeConditions(conditions: NodeCondition[]): NodeCondition[] {
  const missing = healthyNodeConditions().filter((healthy) => !conditions.some((condition) => condition.type === healthy.type));
  return [...conditions, ...missing];
}

// A settings.k8s.io/v1alpha1 PodPreset (kubelet-semantics.md §15). Only the shape is checked
// here; the env, envFrom, volumes and volumeMounts entries are validated where they are injected.
import { checkKnownKeys, type DocumentReader, type JsonObject, readList, readObject, readStringMap } from "./document-reader.ts";
import type { PodPreset } from "./cluster.ts";
import { readMetadata } from "./read-metadata.ts";

const listFields = ["env", "envFrom", "volumes", "volumeMounts"] as const;

/** Reads one PodPreset; undefined (with problems recorded) when unusable. */
export function readPodPreset(reader: DocumentReader, object: JsonObject): PodPreset | undefined {
  checkKnownKeys(reader, object, [], ["apiVersion", "kind", "metadata", "spec"]);
  const metadata = readMetadata(reader, object.metadata, true);
  const spec = readObject(reader, object.spec, ["spec"]) ?? {};
  checkKnownKeys(reader, spec, ["spec"], ["selector", ...listFields]);
  const selector = readSelector(reader, spec.selector);
  const lists: JsonObject = {};
  for (const field of listFields) {
    const list = readList(reader, spec[field], ["spec", field]);
    list?.forEach((item, index) => readObject(reader, item, ["spec", field, String(index)]));
    if (list !== undefined) lists[field] = list;
  }
  if (metadata === undefined) return undefined;
  return {
    apiVersion: "settings.k8s.io/v1alpha1",
    kind: "PodPreset",
    metadata: { name: metadata.name!, namespace: metadata.namespace! },
    spec: { ...(selector === undefined ? {} : { selector }), ...lists } as PodPreset["spec"],
  };
}

function readSelector(reader: DocumentReader, value: unknown): PodPreset["spec"]["selector"] {
  const selector = readObject(reader, value, ["spec", "selector"]);
  if (!selector) return undefined;
  checkKnownKeys(reader, selector, ["spec", "selector"], ["matchLabels", "matchExpressions"]);
  const matchLabels = readStringMap(reader, selector.matchLabels, ["spec", "selector", "matchLabels"]);
  const expressions = readList(reader, selector.matchExpressions, ["spec", "selector", "matchExpressions"]);
  expressions?.forEach((item, index) => readObject(reader, item, ["spec", "selector", "matchExpressions", String(index)]));
  return {
    ...(matchLabels === undefined ? {} : { matchLabels }),
    ...(expressions === undefined ? {} : { matchExpressions: expressions as { key: string; operator: string; values?: string[] }[] }),
  };
}

// Reads the contract's --cluster file: a multi-document YAML of v1 Node, Secret, ConfigMap,
// ServiceAccount and settings.k8s.io/v1alpha1 PodPreset objects. Decoded as YAML 1.1, as kubectl
// does, with size and alias limits. Every problem is collected (document, field, line, column);
// nothing is thrown for bad input. Empty documents (a trailing `---`) are skipped.
import { type Document, LineCounter, parseAllDocuments } from "yaml";
import type { Cluster } from "./cluster.ts";
import type { ClusterProblem } from "./cluster-problem.ts";
import { alreadyExistsMessage, assembleCluster, type ClusterObject, objectKey } from "./assemble-cluster.ts";
import { type DocumentReader, isObject, type JsonObject, report } from "./document-reader.ts";
import { readConfigMap } from "./read-config-map.ts";
import { readNode } from "./read-node.ts";
import { readPodPreset } from "./read-pod-preset.ts";
import { readSecret } from "./read-secret.ts";
import { readServiceAccount } from "./read-service-account.ts";

/** Limits on a cluster file: 512 KiB, and at most 100 alias expansions per document. */
export const clusterFileLimits = { maxBytes: 512 * 1024, maxAliasCount: 100 } as const;

/** A cluster, or every problem found in the file. */
export type ParsedCluster = { ok: true; cluster: Cluster } | { ok: false; errors: ClusterProblem[] };

type ObjectReader = (reader: DocumentReader, object: JsonObject) => ClusterObject | undefined;

const readers: Record<string, ObjectReader> = {
  "v1 Node": readNode,
  "v1 Secret": readSecret,
  "v1 ConfigMap": readConfigMap,
  "v1 ServiceAccount": readServiceAccount,
  "settings.k8s.io/v1alpha1 PodPreset": readPodPreset,
};
const supportedKinds = "a cluster file holds v1 Node, Secret, ConfigMap and ServiceAccount objects and settings.k8s.io/v1alpha1 PodPresets";

/** Parses a cluster file into a Cluster (defaults applied, see assembleCluster). Pure. */
export function parseCluster(text: string): ParsedCluster {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > clusterFileLimits.maxBytes) {
    const message = `The cluster file is ${bytes} bytes; the limit is ${clusterFileLimits.maxBytes} bytes.`;
    return { ok: false, errors: [{ code: "TooLarge", document: 0, field: "", message, line: null, column: null }] };
  }
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, version: "1.1", prettyErrors: false });
  const problems: ClusterProblem[] = [];
  const objects = new Map<string, ClusterObject>();
  documents.forEach((document, position) => {
    const reader: DocumentReader = { index: position + 1, document, lineCounter, root: undefined, problems };
    const object = readDocument(reader);
    if (object === undefined) return;
    if (objects.has(objectKey(object))) report(reader, "AlreadyExists", ["metadata", "name"], alreadyExistsMessage(object));
    else objects.set(objectKey(object), object);
  });
  if (problems.length > 0) return { ok: false, errors: problems };
  return { ok: true, cluster: assembleCluster([...objects.values()]) };
}

function readDocument(reader: DocumentReader): ClusterObject | undefined {
  const { document } = reader;
  if (document.errors.length > 0) return syntaxProblem(reader, document);
  try {
    reader.root = document.toJS({ maxAliasCount: clusterFileLimits.maxAliasCount });
  } catch (error) {
    if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
    return report(reader, "TooLarge", [], "The document expands too many aliases (*name) or nests too deeply; write the values out.");
  }
  const root = reader.root;
  if (root === null || root === undefined) return undefined;
  if (!isObject(root)) return report(reader, "NotAnObject", [], "A document must be a mapping with apiVersion, kind and metadata.");
  if (root.kind === undefined || root.kind === null) return report(reader, "FieldValueRequired", ["kind"], "Required value");
  if (root.apiVersion === undefined || root.apiVersion === null) return report(reader, "FieldValueRequired", ["apiVersion"], "Required value");
  const read = readers[`${String(root.apiVersion)} ${String(root.kind)}`];
  if (read === undefined) {
    const detail = `no matches for kind ${JSON.stringify(String(root.kind))} in version ${JSON.stringify(String(root.apiVersion))}: ${supportedKinds}`;
    return report(reader, "UnknownKind", ["kind"], detail);
  }
  return read(reader, root);
}

function syntaxProblem(reader: DocumentReader, document: Document): undefined {
  const error = document.errors[0]!;
  const at = reader.lineCounter.linePos(error.pos[0]);
  const detail = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const message = `error converting YAML to JSON: yaml: line ${at.line}: ${detail}`;
  reader.problems.push({ code: "InvalidYAML", document: reader.index, field: "", message, line: at.line, column: at.col });
  return undefined;
}

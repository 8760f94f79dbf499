// metadata as the API server checks it for the cluster file's kinds
// (apimachinery validation.go, IsDNS1123Subdomain / IsDNS1123Label; texts in kubelet-semantics.md §2.3).
import type { ObjectMeta } from "kubernetes-types/meta/v1";
import { checkKnownKeys, type DocumentReader, type JsonObject, readObject, readString, readStringMap, report } from "./document-reader.ts";

const objectMetaFields = [
  "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp",
  "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers", "managedFields",
];
const subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const subdomainDetail =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const labelDetail =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

/** The namespace objects land in when they name none, as kubectl create does. */
export const defaultNamespace = "default";

/**
 * Reads `metadata`: a valid name, a valid namespace (defaulted to `default`, dropped for
 * cluster-scoped kinds), labels and annotations as strings. Undefined when the name is unusable.
 */
export function readMetadata(reader: DocumentReader, value: unknown, isNamespaced: boolean): ObjectMeta | undefined {
  const metadata = readObject(reader, value, ["metadata"]) ?? {};
  checkKnownKeys(reader, metadata, ["metadata"], objectMetaFields);
  const name = readName(reader, metadata);
  const namespace = isNamespaced ? readNamespace(reader, metadata) : undefined;
  const labels = readStringMap(reader, metadata.labels, ["metadata", "labels"]);
  const annotations = readStringMap(reader, metadata.annotations, ["metadata", "annotations"]);
  if (name === undefined || (isNamespaced && namespace === undefined)) return undefined;
  return {
    name,
    ...(namespace === undefined ? {} : { namespace }),
    ...(labels === undefined ? {} : { labels }),
    ...(annotations === undefined ? {} : { annotations }),
  };
}

function readName(reader: DocumentReader, metadata: JsonObject): string | undefined {
  if (isBlank(metadata.name)) {
    return report(reader, "FieldValueRequired", ["metadata", "name"], "Required value: name or generateName is required");
  }
  const name = readString(reader, metadata.name, ["metadata", "name"]);
  if (name === undefined) return undefined;
  if (name.length > 253) return report(reader, "FieldValueInvalid", ["metadata", "name"], `Invalid value: ${JSON.stringify(name)}: must be no more than 253 characters`);
  if (!subdomain.test(name)) return report(reader, "FieldValueInvalid", ["metadata", "name"], `Invalid value: ${JSON.stringify(name)}: ${subdomainDetail}`);
  return name;
}

function readNamespace(reader: DocumentReader, metadata: JsonObject): string | undefined {
  if (isBlank(metadata.namespace)) return defaultNamespace;
  const namespace = readString(reader, metadata.namespace, ["metadata", "namespace"]);
  if (namespace === undefined) return undefined;
  if (namespace.length > 63) return report(reader, "FieldValueInvalid", ["metadata", "namespace"], `Invalid value: ${JSON.stringify(namespace)}: must be no more than 63 characters`);
  if (!label.test(namespace)) return report(reader, "FieldValueInvalid", ["metadata", "namespace"], `Invalid value: ${JSON.stringify(namespace)}: ${labelDetail}`);
  return namespace;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

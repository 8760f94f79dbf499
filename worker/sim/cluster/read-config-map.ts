// A v1 ConfigMap: `data` holds strings (a YAML number or boolean must be quoted, as the API server
// requires), `binaryData` base64; a key may not be in both (validation.go, ValidateConfigMap).
import type { ConfigMap } from "kubernetes-types/core/v1";
import { checkKnownKeys, type DocumentReader, type JsonObject, readBoolean, report } from "./document-reader.ts";
import { readDataMap } from "./read-data-map.ts";
import { readMetadata } from "./read-metadata.ts";

const configMapFields = ["apiVersion", "kind", "metadata", "data", "binaryData", "immutable"];

/** Reads one ConfigMap; undefined (with problems recorded) when unusable. */
export function readConfigMap(reader: DocumentReader, object: JsonObject): ConfigMap | undefined {
  checkKnownKeys(reader, object, [], configMapFields);
  const metadata = readMetadata(reader, object.metadata, true);
  const immutable = readBoolean(reader, object.immutable, ["immutable"]);
  const data = readDataMap(reader, object.data, ["data"], false);
  const binaryData = readDataMap(reader, object.binaryData, ["binaryData"], true);
  for (const key of Object.keys(binaryData ?? {})) {
    if (data?.[key] !== undefined) report(reader, "FieldValueInvalid", ["data", key], `Invalid value: ${JSON.stringify(key)}: duplicate of key present in binaryData`, true);
  }
  if (metadata === undefined) return undefined;
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata,
    ...(data === undefined ? {} : { data }),
    ...(binaryData === undefined ? {} : { binaryData }),
    ...(immutable === undefined ? {} : { immutable }),
  };
}

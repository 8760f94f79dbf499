// A v1 Secret. `data` values are base64 and checked; `stringData` is merged into `data` (its
// entries win) and dropped, as the API server does on write (pkg/apis/core/v1/conversion.go).
import type { Secret } from "kubernetes-types/core/v1";
import { encodeBase64 } from "./base64.ts";
import { checkKnownKeys, type DocumentReader, type JsonObject, readBoolean, readString } from "./document-reader.ts";
import { readDataMap } from "./read-data-map.ts";
import { readMetadata } from "./read-metadata.ts";

const secretFields = ["apiVersion", "kind", "metadata", "type", "data", "stringData", "immutable"];

/** Reads one Secret, type defaulting to Opaque; undefined (with problems recorded) when unusable. */
export function readSecret(reader: DocumentReader, object: JsonObject): Secret | undefined {
  checkKnownKeys(reader, object, [], secretFields);
  const metadata = readMetadata(reader, object.metadata, true);
  const type = readString(reader, object.type, ["type"]) || "Opaque";
  const immutable = readBoolean(reader, object.immutable, ["immutable"]);
  const data = readDataMap(reader, object.data, ["data"], true) ?? {};
  const stringData = readDataMap(reader, object.stringData, ["stringData"], false) ?? {};
  if (metadata === undefined) return undefined;
  for (const [key, value] of Object.entries(stringData)) data[key] = encodeBase64(value);
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata,
    ...(Object.keys(data).length > 0 ? { data } : {}),
    ...(immutable === undefined ? {} : { immutable }),
    type,
  };
}

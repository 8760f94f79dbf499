// The key → value maps of Secrets and ConfigMaps (data, stringData, binaryData).
// Key rule: apimachinery validation.go IsConfigMapKey; base64: Go encoding/base64 via encoding/json.
import { base64ErrorOffset } from "./base64.ts";
import { type DocumentReader, readStringMap, report } from "./document-reader.ts";

const configKey = /^[-._a-zA-Z0-9]+$/;
const configKeyDetail =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

/**
 * The valid entries of a data map. With `isBase64`, values must be base64 as the API server
 * decodes it (`illegal base64 data at input byte N` otherwise).
 */
export function readDataMap(
  reader: DocumentReader,
  value: unknown,
  segments: readonly string[],
  isBase64: boolean,
): Record<string, string> | undefined {
  const map = readStringMap(reader, value, segments);
  if (!map) return undefined;
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(map)) {
    if (!isConfigKey(key)) {
      report(reader, "FieldValueInvalid", [...segments, key], `Invalid value: ${JSON.stringify(key)}: ${configKeyDetail}`, true);
      continue;
    }
    const offset = isBase64 ? base64ErrorOffset(entry) : null;
    if (offset !== null) {
      report(reader, "FieldValueInvalid", [...segments, key], `illegal base64 data at input byte ${offset}`);
      continue;
    }
    out[key] = entry;
  }
  return out;
}

function isConfigKey(key: string): boolean {
  return key.length <= 253 && configKey.test(key) && key !== "." && key !== ".." && !key.startsWith("..");
}

// A ResourceList (name → quantity), as in Node status.capacity/allocatable.
import { type DocumentReader, readObject, report } from "./document-reader.ts";
import { parseQuantity, quantityFormatMessage } from "./quantity.ts";

/**
 * The valid entries of a resource list, every value as a string (a YAML number `4` becomes
 * "4", as the API server accepts it); malformed or negative quantities are reported.
 */
export function readResourceList(reader: DocumentReader, value: unknown, segments: readonly string[]): Record<string, string> | undefined {
  const object = readObject(reader, value, segments);
  if (!object) return undefined;
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(object)) {
    const path = [...segments, name];
    const text = typeof entry === "number" || typeof entry === "string" ? String(entry) : undefined;
    const quantity = text === undefined ? null : parseQuantity(text);
    if (quantity === null) {
      report(reader, "FieldValueInvalid", path, `Invalid value: ${JSON.stringify(entry)}: ${quantityFormatMessage}`);
    } else if (quantity.mantissa < 0n) {
      report(reader, "FieldValueInvalid", path, `Invalid value: ${JSON.stringify(text)}: must be greater than or equal to 0`);
    } else {
      out[name] = text!;
    }
  }
  return out;
}

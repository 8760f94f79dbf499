// Shared reading helpers for one cluster-file document: every check reports a ClusterProblem at
// the field's line and column and returns undefined, so a reader can go on and collect them all.
import type { Document, LineCounter } from "yaml";
import type { ClusterProblem, ClusterProblemCode } from "./cluster-problem.ts";
import { fieldPathOf, sourcePositionOf } from "./source-position.ts";

/** One document being read: its 1-based index, its YAML (for positions) and the problems so far. */
export interface DocumentReader {
  index: number;
  document: Document;
  lineCounter: LineCounter;
  root: unknown;
  problems: ClusterProblem[];
}

/** A plain object decoded from YAML. */
export type JsonObject = Record<string, unknown>;

/** Records a problem at `segments` (the key itself with `atKey`); the message gets the field prefix. */
export function report(
  reader: DocumentReader,
  code: ClusterProblemCode,
  segments: readonly string[],
  detail: string,
  atKey = false,
): undefined {
  return record(reader, code, segments, atKey, (field) => (field === "" ? detail : `${field}: ${detail}`));
}

function record(
  reader: DocumentReader,
  code: ClusterProblemCode,
  segments: readonly string[],
  atKey: boolean,
  message: (field: string) => string,
): undefined {
  const field = fieldPathOf(reader.root, segments);
  const at = sourcePositionOf(reader.document, reader.lineCounter, segments, atKey);
  reader.problems.push({ code, document: reader.index, field, message: message(field), line: at?.line ?? null, column: at?.column ?? null });
  return undefined;
}

/** True for a plain mapping (not a list, not null). */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A mapping at `segments`, undefined when absent; a problem when it is something else. */
export function readObject(reader: DocumentReader, value: unknown, segments: readonly string[]): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (isObject(value)) return value;
  return report(reader, "FieldValueTypeInvalid", segments, `must be a mapping (key: value lines), not ${describe(value)}`);
}

/** A list at `segments`, undefined when absent; a problem when it is something else. */
export function readList(reader: DocumentReader, value: unknown, segments: readonly string[]): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value;
  return report(reader, "FieldValueTypeInvalid", segments, `must be a list ("- " items), not ${describe(value)}`);
}

/** A string at `segments`, undefined when absent; a problem when it is something else. */
export function readString(reader: DocumentReader, value: unknown, segments: readonly string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  return report(reader, "FieldValueTypeInvalid", segments, `must be a string, not ${describe(value)}: quote it`);
}

/** A boolean at `segments`, undefined when absent; a problem when it is something else. */
export function readBoolean(reader: DocumentReader, value: unknown, segments: readonly string[]): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "boolean") return value;
  return report(reader, "FieldValueTypeInvalid", segments, `must be true or false, not ${describe(value)}`);
}

/** A string-to-string mapping (labels, annotations, data), keeping only the valid entries. */
export function readStringMap(reader: DocumentReader, value: unknown, segments: readonly string[]): Record<string, string> | undefined {
  const object = readObject(reader, value, segments);
  if (!object) return undefined;
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(object)) {
    const text = readString(reader, entry, [...segments, key]);
    if (text !== undefined) out[key] = text;
  }
  return out;
}

/** Reports every key of `object` not in `known` as the API server's strict decoding error. */
export function checkKnownKeys(reader: DocumentReader, object: JsonObject, segments: readonly string[], known: readonly string[]): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    record(reader, "UnknownField", [...segments, key], true, (field) => `strict decoding error: unknown field "${field}"`);
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

/** A non-empty string at `segments`: `Required value` when absent or empty. */
export function readRequiredString(reader: DocumentReader, value: unknown, segments: readonly string[]): string | undefined {
  if (value === undefined || value === null || value === "") return report(reader, "FieldValueRequired", segments, "Required value");
  return readString(reader, value, segments);
}

// Field errors as the API server builds and prints them
// (k8s.io/apimachinery/pkg/util/validation/field/errors.go): each prints `FIELD: BODY`, where
// BODY starts with the type's words and, for most types, the bad value (%q for strings).
import { type FieldPath, formatFieldPath } from "./field-path.ts";
import type { FieldErrorType } from "./problem.ts";

/** One validation error: its type, where it is, and its full `FIELD: BODY` text. */
export interface FieldError {
  type: FieldErrorType;
  path: FieldPath;
  message: string;
}

/** Formats a bad value the way ErrorBody does: strings quoted, numbers and booleans bare, string lists as Go's %#v. Pure. */
function formatBadValue(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
    return `[]string{${value.map((item) => JSON.stringify(item)).join(", ")}}`;
  }
  return JSON.stringify(value);
}

function make(type: FieldErrorType, path: FieldPath, body: string, detail = ""): FieldError {
  return { type, path, message: `${formatFieldPath(path)}: ${body}${detail ? `: ${detail}` : ""}` };
}

/** `Required value`, with an optional detail. Pure. */
export function required(path: FieldPath, detail = ""): FieldError {
  return make("FieldValueRequired", path, "Required value", detail);
}

/** `Forbidden: DETAIL`. Pure. */
export function forbidden(path: FieldPath, detail: string): FieldError {
  return make("FieldValueForbidden", path, "Forbidden", detail);
}

/** `Invalid value: VALUE: DETAIL`. Pure. */
export function invalid(path: FieldPath, value: unknown, detail: string): FieldError {
  return make("FieldValueInvalid", path, `Invalid value: ${formatBadValue(value)}`, detail);
}

/** `Unsupported value: VALUE: supported values: "a", "b"` (in the order given). Pure. */
export function notSupported(path: FieldPath, value: unknown, supported: readonly string[]): FieldError {
  const detail = supported.length > 0 ? `supported values: ${supported.map((v) => JSON.stringify(v)).join(", ")}` : "";
  return make("FieldValueNotSupported", path, `Unsupported value: ${formatBadValue(value)}`, detail);
}

/** `Duplicate value: VALUE`. Pure. */
export function duplicate(path: FieldPath, value: unknown): FieldError {
  return make("FieldValueDuplicate", path, `Duplicate value: ${formatBadValue(value)}`);
}

/** `Not found: VALUE`. Pure. */
export function notFound(path: FieldPath, value: unknown): FieldError {
  return make("FieldValueNotFound", path, `Not found: ${formatBadValue(value)}`);
}

/** `Too long: may not be more than N bytes`. Pure. */
export function tooLong(path: FieldPath, maxBytes: number): FieldError {
  return make("FieldValueTooLong", path, "Too long", `may not be more than ${maxBytes} bytes`);
}

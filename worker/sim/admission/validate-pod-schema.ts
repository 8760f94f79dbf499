// Checks a decoded object against the v1 Pod JSON Schema (generated from the Kubernetes 1.30
// types; see worker/cli/generate-pod-schema.ts) and reports each problem with its API-server
// field path and its position in the learner's YAML.
import { Ajv, type ErrorObject } from "ajv";
import type { Document, LineCounter } from "yaml";
import podSchema from "./pod.schema.json" with { type: "json" };
import { type Problem, problem } from "./problem.ts";
import { fieldPath, positionOf } from "./yaml-positions.ts";

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const validatePod = ajv.compile(podSchema);

/** Schema problems of a decoded Pod: errors reject it, warnings (unknown fields) do not. Pure. */
export function validatePodSchema(
  value: unknown,
  document: Document,
  lineCounter: LineCounter,
): { errors: Problem[]; warnings: Problem[] } {
  if (validatePod(value)) return { errors: [], warnings: [] };
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const seen = new Set<string>();
  for (const error of validatePod.errors ?? []) {
    const found = toProblem(error, value, document, lineCounter);
    if (!found || seen.has(found.message)) continue;
    seen.add(found.message);
    (found.type === "UnknownField" ? warnings : errors).push(found);
  }
  return { errors, warnings };
}

function toProblem(error: ErrorObject, root: unknown, document: Document, lineCounter: LineCounter): Problem | null {
  const segments = error.instancePath.split("/").slice(1).map(unescapePointer);
  const at = (path: string[], key = false) => positionOf(document, lineCounter, path, key);
  switch (error.keyword) {
    case "required": {
      const path = [...segments, String(error.params.missingProperty)];
      return problem("FieldValueRequired", fieldPath(root, path), `${fieldPath(root, path)}: Required value`, at(segments));
    }
    case "additionalProperties": {
      const path = [...segments, String(error.params.additionalProperty)];
      const field = fieldPath(root, path);
      return problem("UnknownField", field, `unknown field "${field}"`, at(path, true), unknownFieldHint(error));
    }
    case "type": {
      const field = fieldPath(root, segments);
      const expected = String(error.params.type);
      const message = `${field}: Invalid value: ${formatValue(error.data)}: must be ${describeType(expected)}`;
      return problem("FieldValueTypeInvalid", field, message, at(segments), typeHint(error.data, expected));
    }
    case "const":
    case "enum": {
      const field = fieldPath(root, segments);
      const allowed = (error.params.allowedValues ?? [error.params.allowedValue]) as unknown[];
      const supported = allowed.map((v) => JSON.stringify(v)).join(", ");
      const message = `${field}: Unsupported value: ${formatValue(error.data)}: supported values: ${supported}`;
      return problem("FieldValueNotSupported", field, message, at(segments));
    }
    default: {
      const field = fieldPath(root, segments);
      const message = `${field}: Invalid value: ${formatValue(error.data)}: ${error.message ?? "invalid"}`;
      return problem("FieldValueInvalid", field, message, at(segments));
    }
  }
}

function unescapePointer(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** Formats a bad value as the API server does: strings quoted, numbers and booleans bare. */
function formatValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "null";
  return Array.isArray(value) ? "a list" : "an object";
}

function describeType(jsonType: string): string {
  const words: Record<string, string> = {
    object: "an object (key: value pairs)",
    array: "a list (lines starting with -)",
    string: "a string",
    number: "a number",
    boolean: "true or false",
  };
  return jsonType.split(",").map((t) => words[t] ?? t).join(" or ");
}

function typeHint(value: unknown, expected: string): string | undefined {
  if (expected === "object" && typeof value === "string" && /^[^\s:]+:\S/.test(value)) {
    const [key, ...rest] = value.split(":");
    return `YAML needs a space after the colon: "${key}: ${rest.join(":")}" is a key and a value, "${value}" is one string.`;
  }
  if (expected === "boolean" && typeof value === "string") {
    return `Write true or false without quotes; "${value}" in quotes is a string.`;
  }
  return undefined;
}

/** Suggests the property the learner probably meant: a near spelling of one the schema allows. */
function unknownFieldHint(error: ErrorObject): string | undefined {
  const written = String(error.params.additionalProperty);
  const properties = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
  const near = properties.find((name) => editDistance(name.toLowerCase(), written.toLowerCase()) <= 2);
  return near ? `Did you mean "${near}"?` : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

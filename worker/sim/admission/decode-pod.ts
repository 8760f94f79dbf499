// Strict decoding of a v1 Pod, as the API server does it with kubectl's JSON body
// (apimachinery runtime/serializer/json, sigs.k8s.io/json UnmarshalStrict):
// - kubectl turns YAML into JSON with map keys sorted, so fields are visited in key order;
// - a value of the wrong JSON kind is an UnmarshalTypeError; decoding goes on and the earliest
//   one is reported, unless a type with its own UnmarshalJSON (Quantity, IntOrString, Time)
//   fails first, which stops decoding at once;
// - unknown fields are collected with their indexed paths (kubelet-semantics.md §2.9.2–2.9.4).
// Learners' unknown fields are dropped from the decoded Pod, as the server drops them.
import podSchema from "./pod.schema.json" with { type: "json" };
import type { FieldPath } from "./field-path.ts";
import { goTypeName, goTypeOfNode, refName, type SchemaNode } from "./go-type-names.ts";
import { formatQuantity, parseQuantityOrError } from "../cluster/quantity.ts";

const definitions = podSchema.definitions as unknown as Record<string, SchemaNode>;

/** A value the decoder could not store. `message` is the Go error text after the server's prefix. */
export interface DecodeFailure {
  message: string;
  path: FieldPath;
  value: unknown;
  goType: string;
}

/** A field the v1 Pod has no place for; `known` lists the fields its struct does have. */
export interface UnknownField {
  path: FieldPath;
  known: string[];
}

/** The decoded Pod (unknown fields dropped), or the failure that stops decoding. */
export interface DecodedPod {
  pod: Record<string, unknown> | null;
  failure: DecodeFailure | null;
  unknownFields: UnknownField[];
}

interface GoContext {
  struct: string;
  fields: string[];
}

interface DecodeState {
  mismatch: DecodeFailure | null;
  fatal: DecodeFailure | null;
  unknownFields: UnknownField[];
}

/** Decodes a plain object as a v1 Pod, strictly. Pure. */
export function decodePod(value: Record<string, unknown>): DecodedPod {
  const state: DecodeState = { mismatch: null, fatal: null, unknownFields: [] };
  const pod = decodeStruct(value, "Pod", [], { struct: "Pod", fields: [] }, state);
  const failure = state.fatal ?? state.mismatch;
  if (failure) return { pod: null, failure, unknownFields: [] };
  return { pod: pod as Record<string, unknown>, failure: null, unknownFields: state.unknownFields };
}

function decodeValue(value: unknown, node: SchemaNode, goType: string, path: FieldPath, context: GoContext, state: DecodeState): unknown {
  if (state.fatal || value === null || value === undefined) return undefined;
  if (node.$ref) return decodeRef(value, refName(node.$ref), goType, path, context, state);
  if (Array.isArray(node.type)) return decodeIntOrString(value, path, state);
  if (node.type === "array") return decodeList(value, node.items ?? {}, goType, path, context, state);
  if (node.type === "object" && typeof node.additionalProperties === "object") {
    return decodeMap(value, node.additionalProperties, goType, path, context, state);
  }
  return decodeScalar(value, goType, path, context, state);
}

function decodeRef(value: unknown, name: string, goType: string, path: FieldPath, context: GoContext, state: DecodeState): unknown {
  if (name === "Quantity") return decodeQuantity(value, path, state);
  if (name === "Time") return decodeTime(value, path, state);
  if (name === "FieldsV1") return value;
  if (!isPlainObject(value)) return mismatch(value, goType, path, context, state);
  return decodeStruct(value, name, path, context, state);
}

function decodeStruct(value: Record<string, unknown>, name: string, path: FieldPath, context: GoContext, state: DecodeState): unknown {
  const properties = definitions[name]?.properties ?? {};
  const decoded: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    // Own properties only: `__proto__` or `constructor` would otherwise find Object.prototype's
    // members and be decoded as known fields; kubectl calls them unknown fields.
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (!property) {
      state.unknownFields.push({ path: [...path, key], known: Object.keys(properties) });
      continue;
    }
    const child = { struct: name, fields: [...context.fields, key] };
    const result = decodeValue(value[key], property, goTypeName(name, key, property), [...path, key], child, state);
    if (result !== undefined) decoded[key] = result;
  }
  return decoded;
}

function decodeList(value: unknown, items: SchemaNode, goType: string, path: FieldPath, context: GoContext, state: DecodeState): unknown {
  if (!Array.isArray(value)) return mismatch(value, goType, path, context, state);
  const itemType = goType.startsWith("[]") ? goType.slice(2) : goTypeOfNode(items);
  return value.map((item, index) => {
    const decoded = decodeValue(item, items, itemType, [...path, index], context, state);
    return decoded === undefined ? zeroValue(items) : decoded;
  });
}

function decodeMap(value: unknown, values: SchemaNode, goType: string, path: FieldPath, context: GoContext, state: DecodeState): unknown {
  if (!isPlainObject(value)) return mismatch(value, goType, path, context, state);
  const decoded: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const result = decodeValue(value[key], values, goTypeOfNode(values), [...path, { key }], context, state);
    if (result !== undefined) decoded[key] = result;
  }
  return decoded;
}

function decodeScalar(value: unknown, goType: string, path: FieldPath, context: GoContext, state: DecodeState): unknown {
  const integer = /^int(32|64)$/.exec(goType);
  if (integer) {
    if (typeof value !== "number") return mismatch(value, goType, path, context, state);
    const limit = integer[1] === "32" ? 2 ** 31 : 2 ** 63;
    if (Number.isInteger(value) && value >= -limit && value < limit) return value;
    return mismatch(value, goType, path, context, state, `number ${String(value)}`);
  }
  const expected = goType === "bool" ? "boolean" : "string";
  return typeof value === expected ? value : mismatch(value, goType, path, context, state);
}

/**
 * resource.Quantity.UnmarshalJSON: strings and numbers parse after strings.TrimSpace (ParseQuantity
 * itself refuses whitespace); the canonical text is stored.
 */
function decodeQuantity(value: unknown, path: FieldPath, state: DecodeState): unknown {
  const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : JSON.stringify(value);
  const parsed = parseQuantityOrError(text.trim());
  if (typeof parsed !== "string") return formatQuantity(parsed);
  state.fatal = { message: parsed, path, value, goType: "resource.Quantity" };
  return undefined;
}

/** intstr.IntOrString.UnmarshalJSON: a JSON string is a name, anything else must be an int32. */
function decodeIntOrString(value: unknown, path: FieldPath, state: DecodeState): unknown {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isInteger(value) && Math.abs(value) < 2 ** 31) return value;
  const kind = typeof value === "number" ? `number ${String(value)}` : jsonKind(value);
  state.fatal = { message: `json: cannot unmarshal ${kind} into Go value of type int32`, path, value, goType: "int32" };
  return undefined;
}

/** metav1.Time.UnmarshalJSON: null or an RFC 3339 string. */
function decodeTime(value: unknown, path: FieldPath, state: DecodeState): unknown {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return value;
  const message = typeof value === "string"
    ? `parsing time ${JSON.stringify(value)} as "2006-01-02T15:04:05Z07:00": cannot parse ${JSON.stringify(value)} as "2006"`
    : `json: cannot unmarshal ${jsonKind(value)} into Go value of type string`;
  state.fatal = { message, path, value, goType: "v1.Time" };
  return undefined;
}

function mismatch(value: unknown, goType: string, path: FieldPath, context: GoContext, state: DecodeState, kind = jsonKind(value)): undefined {
  if (!state.mismatch) {
    const field = `${context.struct}.${context.fields.join(".")}`;
    state.mismatch = { message: `json: cannot unmarshal ${kind} into Go struct field ${field} of type ${goType}`, path, value, goType };
  }
  return undefined;
}

/** The word encoding/json uses for a JSON value's kind. */
function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (typeof value === "boolean") return "bool";
  return typeof value === "object" ? "object" : typeof value;
}

function zeroValue(node: SchemaNode): unknown {
  if (node.$ref) return {};
  return node.type === "number" ? 0 : node.type === "boolean" ? false : "";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

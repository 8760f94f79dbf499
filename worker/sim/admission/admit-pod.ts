import { type Document, type LineCounter } from "yaml";
import { parsePodYaml, type YamlLimits } from "./parse-pod-yaml.ts";
import { type Problem, problem } from "./problem.ts";
import { validatePodSchema } from "./validate-pod-schema.ts";
import { validatePodSpec } from "./validate-pod-spec.ts";
import { positionOf } from "./yaml-positions.ts";

/** What the API server would answer for one Pod manifest. */
export interface Admission {
  admitted: boolean;
  /** The decoded Pod when admitted, otherwise null. */
  pod: Record<string, unknown> | null;
  errors: Problem[];
  warnings: Problem[];
}

/**
 * Decodes and validates learner YAML as a v1 Pod: parse limits, apiVersion and kind, then the
 * Pod schema, then the API server's semantic rules. Pure.
 */
export function admitPod(text: string, limits?: YamlLimits): Admission {
  const parsed = parsePodYaml(text, limits);
  if (!parsed.ok) return rejected(parsed.errors);
  const { value, document, lineCounter } = parsed;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const message = "The YAML is not a Kubernetes object: write key: value pairs starting with apiVersion: v1 and kind: Pod.";
    return rejected([problem("NotAnObject", "", message, positionOf(document, lineCounter, []))]);
  }
  const object = value as Record<string, unknown>;
  const wrongKind = checkKind(object, document, lineCounter);
  if (wrongKind) return rejected([wrongKind]);

  const { errors: schemaErrors, warnings } = validatePodSchema(object, document, lineCounter);
  const errors = schemaErrors.length > 0 ? schemaErrors : validatePodSpec(object, document, lineCounter);
  if (errors.length > 0) return { admitted: false, pod: null, errors, warnings };
  return { admitted: true, pod: object, errors: [], warnings };
}

function rejected(errors: Problem[]): Admission {
  return { admitted: false, pod: null, errors, warnings: [] };
}

function checkKind(object: Record<string, unknown>, document: Document, lineCounter: LineCounter): Problem | null {
  const { apiVersion, kind } = object;
  if (apiVersion === "v1" && kind === "Pod") return null;
  const missing = [apiVersion === undefined && "apiVersion not set", kind === undefined && "kind not set"].filter(Boolean);
  if (missing.length > 0) {
    const message = `error validating data: [${missing.join(", ")}]; a Pod starts with apiVersion: v1 and kind: Pod.`;
    return problem("WrongKind", missing.length === 2 ? "" : apiVersion === undefined ? "apiVersion" : "kind", message, positionOf(document, lineCounter, []));
  }
  const field = kind === "Pod" ? "apiVersion" : "kind";
  const written = `${String(apiVersion)} ${String(kind)}`;
  const message = `Expected a v1 Pod, but this is a ${written}. Exercises here take one Pod: apiVersion: v1, kind: Pod.`;
  return problem("WrongKind", field, message, positionOf(document, lineCounter, [field]));
}

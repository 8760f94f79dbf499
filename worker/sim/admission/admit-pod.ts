// The API server's answer to creating the learner's Pod, as data: parse (as kubectl does),
// decode, default, admit, validate. Every problem carries the API server's field path and
// message and the line and column in the learner's YAML where it is (or would be) written.
//
// Field validation is modelled in the API server's `Warn` mode, what a client that sends no
// `fieldValidation` gets (kubelet-semantics.md §2.9.1, §2.9.3; simulate-contract.md: "warnings:
// e.g. unknown fields"; issue 4: "unknown fields are warnings naming the field"). An unknown or
// duplicate field does not refuse the Pod: the unknown field is dropped from the stored object,
// a repeated key keeps its last value, and each becomes one warning, `unknown field "PATH"` /
// `duplicate field "PATH"`, as kubectl prints them with `Warning: `. `kubectl apply`'s default,
// `--validate=strict`, would refuse the same Pod (§2.9.2); either way the field does nothing.
// A type mismatch is a decode error in every mode (§2.9.4), and when there is one, nothing else
// (no unknown or duplicate field) is reported.
import type { Pod } from "kubernetes-types/core/v1";
import type { Document, LineCounter } from "yaml";
import { createPod, type AdmissionCluster } from "./create-pod.ts";
import { decodePod, type DecodeFailure, type UnknownField } from "./decode-pod.ts";
import type { DuplicateKey } from "./duplicate-keys.ts";
import type { FieldError } from "./field-error.ts";
import { type FieldPath, formatFieldPath } from "./field-path.ts";
import { typeMismatchHint, unknownFieldHint } from "./learner-hints.ts";
import { defaultYamlLimits, parsePodYaml, type YamlLimits } from "./parse-pod-yaml.ts";
import { type Problem, problem } from "./problem.ts";
import { sortKeys } from "./sort-keys.ts";
import { validatePod } from "./validate-pod.ts";
import { positionOf } from "./yaml-positions.ts";

/** What the API server would answer for one Pod manifest. */
export interface Admission {
  admitted: boolean;
  /** The Pod as stored after defaulting and admission (keys sorted), or null when rejected. */
  pod: Pod | null;
  errors: Problem[];
  warnings: Problem[];
}

/** Without a cluster file: namespace `default`, its `default` ServiceAccount, no presets. */
const defaultAdmissionCluster: AdmissionCluster = { namespace: "default", serviceAccounts: [], podPresets: [] };

type Locate = (path: FieldPath, key?: boolean) => ReturnType<typeof positionOf>;

/**
 * Decodes, defaults, admits and validates learner YAML as a v1 Pod created in `cluster`
 * (kubelet-semantics.md §1–2, §15). Pure and deterministic: the same input gives the same bytes.
 */
export function admitPod(text: string, limits: YamlLimits = defaultYamlLimits, cluster: AdmissionCluster = defaultAdmissionCluster): Admission {
  const parsed = parsePodYaml(text, limits);
  if (!parsed.ok) return rejected(parsed.errors);
  const locate: Locate = (path, key) => positionOf(parsed.document, parsed.lineCounter, path, key);
  const refusal = refuseNonPod(parsed.value, parsed.document, parsed.lineCounter);
  if (refusal) return rejected([refusal]);
  const decoded = decodePod(parsed.value as Record<string, unknown>);
  if (decoded.failure) return rejected([decodeProblem(decoded.failure, locate)]);
  // Warn mode (§2.9.3): one warning per problem, the Pod is created without the field. Repeated
  // keys first, then unknown fields in decoding order, as apimachinery's serializer collects
  // its strict-decoding problems (the YAML pass, then the JSON pass).
  const warnings: Problem[] = [
    ...parsed.duplicates.map(duplicateFieldProblem),
    ...decoded.unknownFields.map((unknown) => unknownFieldProblem(unknown, locate)),
  ];
  const created = createPod(decoded.pod as Pod, cluster);
  if ("forbidden" in created) {
    return rejected([problem("Forbidden", formatFieldPath(created.field), created.forbidden, locate(created.field))], warnings);
  }
  for (const conflict of created.presetConflicts) {
    warnings.push(problem("PodPresetConflict", "metadata.labels", `PodPreset not applied: ${conflict}`, locate(["metadata", "labels"])));
  }
  const errors = validatePod(created.pod).map((error) => fieldProblem(error, locate));
  if (errors.length > 0) return rejected(errors, warnings);
  return { admitted: true, pod: sortKeys(created.pod), errors: [], warnings };
}

function rejected(errors: Problem[], warnings: Problem[] = []): Admission {
  return { admitted: false, pod: null, errors, warnings };
}

function refuseNonPod(value: unknown, document: Document, lineCounter: LineCounter): Problem | null {
  const top = positionOf(document, lineCounter, []);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return problem("NotAnObject", "", "The YAML is not a Kubernetes object: write key: value pairs starting with apiVersion: v1 and kind: Pod.", top);
  }
  const { apiVersion, kind } = value as Record<string, unknown>;
  if (apiVersion === "v1" && kind === "Pod") return null;
  const missing = [apiVersion === undefined && "apiVersion not set", kind === undefined && "kind not set"].filter(Boolean);
  if (missing.length > 0) {
    const field = missing.length === 2 ? "" : apiVersion === undefined ? "apiVersion" : "kind";
    return problem("WrongKind", field, `error validating data: [${missing.join(", ")}]; a Pod starts with apiVersion: v1 and kind: Pod.`, top);
  }
  const field = kind === "Pod" ? "apiVersion" : "kind";
  const message = `Expected a v1 Pod, but this is a ${String(apiVersion)} ${String(kind)}. Exercises here take one Pod: apiVersion: v1, kind: Pod.`;
  return problem("WrongKind", field, message, positionOf(document, lineCounter, [field]));
}

function decodeProblem(failure: DecodeFailure, locate: Locate): Problem {
  const message = `Pod in version "v1" cannot be handled as a Pod: ${failure.message}`;
  return problem("TypeMismatch", formatFieldPath(failure.path), message, locate(failure.path), typeMismatchHint(failure));
}

function unknownFieldProblem(unknown: UnknownField, locate: Locate): Problem {
  const field = formatFieldPath(unknown.path);
  const written = String(unknown.path[unknown.path.length - 1]);
  return problem("UnknownField", field, `unknown field "${field}"`, locate(unknown.path, true), unknownFieldHint(written, unknown.known));
}

function duplicateFieldProblem(duplicate: DuplicateKey): Problem {
  const field = formatFieldPath(duplicate.path);
  const hint = "This key is written twice here: only the last one counts. Merge the two into one.";
  return problem("DuplicateField", field, `duplicate field "${field}"`, duplicate.at, hint);
}

function fieldProblem(error: FieldError, locate: Locate): Problem {
  const hint = error.type === "FieldValueNotFound" && error.path.includes("volumeMounts")
    ? `No volume with this name is in spec.volumes: add one there, or use the name of a volume the pod declares.`
    : undefined;
  return problem(error.type, formatFieldPath(error.path), error.message, locate(error.path), hint);
}

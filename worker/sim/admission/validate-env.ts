// env and envFrom (validation.go ValidateEnv, validateEnvVarValueFrom, ValidateEnvFrom), with
// the strict variable-name rule of v1.31 (before RelaxedEnvironmentVariableValidation).
import type { EnvFromSource, EnvVar } from "kubernetes-types/core/v1";
import { type FieldError, invalid, required } from "./field-error.ts";
import type { FieldPath } from "./field-path.ts";
import { validateObjectFieldSelector } from "./validate-field-selector.ts";
import { isDNS1123Subdomain, isEnvVarName, regexError } from "./validate-names.ts";

/** Errors of a container's env list; `path` is `….env`. Pure. */
export function validateEnv(env: readonly EnvVar[], path: FieldPath): FieldError[] {
  return env.flatMap((variable, index) => {
    const namePath = [...path, index, "name"];
    const nameErrors = variable.name
      ? isEnvVarName(variable.name).map((message) => invalid(namePath, variable.name, message))
      : [required(namePath)];
    return [...nameErrors, ...validateValueFrom(variable, [...path, index, "valueFrom"])];
  });
}

function validateValueFrom(variable: EnvVar, path: FieldPath): FieldError[] {
  const from = variable.valueFrom;
  if (!from) return [];
  const errors: FieldError[] = [];
  if (from.fieldRef) errors.push(...validateObjectFieldSelector(from.fieldRef, "env", [...path, "fieldRef"]));
  if (from.resourceFieldRef && !from.resourceFieldRef.resource) errors.push(required([...path, "resourceFieldRef", "resource"]));
  for (const kind of ["configMapKeyRef", "secretKeyRef"] as const) {
    const ref = from[kind];
    if (ref) errors.push(...validateKeySelector(ref.name ?? "", ref.key, [...path, kind]));
  }
  const sources = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef"].filter((k) => k in from).length;
  if (sources === 0) errors.push(invalid(path, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"));
  else if (variable.value) errors.push(invalid(path, "", "may not be specified when `value` is not empty"));
  else if (sources > 1) errors.push(invalid(path, "", "may not have more than one field specified at a time"));
  return errors;
}

function validateKeySelector(name: string, key: string, path: FieldPath): FieldError[] {
  const errors = isDNS1123Subdomain(name).map((message) => invalid([...path, "name"], name, message));
  if (!key) errors.push(required([...path, "key"]));
  else errors.push(...isConfigMapKey(key).map((message) => invalid([...path, "key"], key, message)));
  return errors;
}

function isConfigMapKey(key: string): string[] {
  const errors: string[] = [];
  if (key.length > 253) errors.push("must be no more than 253 characters");
  if (!/^[-._a-zA-Z0-9]+$/.test(key)) {
    errors.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", "[-._a-zA-Z0-9]+", "key.name", "KEY_NAME", "key-name"));
  }
  if (key === ".") errors.push("must not be '.'");
  else if (key === "..") errors.push("must not be '..'");
  else if (key.startsWith("..")) errors.push("must not start with '..'");
  return errors;
}

/** Errors of a container's envFrom list; `path` is `….envFrom`. Pure. */
export function validateEnvFrom(sources: readonly EnvFromSource[], path: FieldPath): FieldError[] {
  return sources.flatMap((source, index) => {
    const errors: FieldError[] = [];
    if (source.prefix) errors.push(...isEnvVarName(source.prefix).map((m) => invalid([...path, index, "prefix"], source.prefix, m)));
    for (const kind of ["configMapRef", "secretRef"] as const) {
      const ref = source[kind];
      if (!ref) continue;
      const namePath = [...path, index, kind, "name"];
      if (!ref.name) errors.push(required(namePath));
      else errors.push(...isDNS1123Subdomain(maskTrailingDash(ref.name)).map((m) => invalid(namePath, ref.name, m)));
    }
    const count = ["configMapRef", "secretRef"].filter((k) => k in source).length;
    if (count === 0) errors.push(invalid(path, "", "must specify one of: `configMapRef` or `secretRef`"));
    else if (count > 1) errors.push(invalid(path, "", "may not have more than one field specified at a time"));
    return errors;
  });
}

/** Names checked as prefixes may end in a dash. */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith("-") ? `${name.slice(0, -1)}a` : name;
}

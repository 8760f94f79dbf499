// Downward-API field selectors (validation.go validateObjectFieldSelector, with
// pkg/apis/core/pods ConvertDownwardAPIFieldLabel): which pod fields an env var or a
// downwardAPI volume file may expose.
import type { ObjectFieldSelector } from "kubernetes-types/core/v1";
import { type FieldError, invalid, notSupported, required } from "./field-error.ts";
import type { FieldPath } from "./field-path.ts";
import { isQualifiedName } from "./validate-names.ts";

const convertible = new Set([
  "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName",
  "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName", "status.phase", "status.hostIP", "status.hostIPs",
  "status.podIP", "status.podIPs", "spec.host",
]);

/** The expressions each consumer supports, sorted as sets.List prints them. */
const supported = {
  env: ["metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"],
  volume: ["metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"],
};

/** Errors of one fieldRef used by an env var or a volume file. Pure. */
export function validateObjectFieldSelector(selector: ObjectFieldSelector, consumer: keyof typeof supported, path: FieldPath): FieldError[] {
  if (!selector.apiVersion) return [required([...path, "apiVersion"])];
  if (!selector.fieldPath) return [required([...path, "fieldPath"])];
  const conversionError = convertError(selector.apiVersion, selector.fieldPath);
  if (conversionError) return [invalid([...path, "fieldPath"], selector.fieldPath, `error converting fieldPath: ${conversionError}`)];
  const fieldPath = selector.fieldPath === "spec.host" ? "spec.nodeName" : selector.fieldPath;
  const subscripted = splitSubscript(fieldPath);
  if (subscripted) {
    const key = subscripted.path === "metadata.annotations" ? subscripted.key.toLowerCase() : subscripted.key;
    return isQualifiedName(key).map((message) => invalid(path, key, message));
  }
  return supported[consumer].includes(fieldPath) ? [] : [notSupported([...path, "fieldPath"], fieldPath, supported[consumer])];
}

function convertError(apiVersion: string, fieldPath: string): string | null {
  if (apiVersion !== "v1") return `unsupported pod version: ${apiVersion}`;
  const subscripted = splitSubscript(fieldPath);
  if (subscripted) {
    const ok = subscripted.path === "metadata.annotations" || subscripted.path === "metadata.labels";
    return ok ? null : `field label does not support subscript: ${fieldPath}`;
  }
  return convertible.has(fieldPath) ? null : `field label not supported: ${fieldPath}`;
}

/** `metadata.labels['app']` → path and key (fieldpath.SplitMaybeSubscriptedPath). */
function splitSubscript(fieldPath: string): { path: string; key: string } | null {
  const match = /^(.*)\['(.*)'\]$/.exec(fieldPath);
  return match ? { path: match[1]!, key: match[2]! } : null;
}

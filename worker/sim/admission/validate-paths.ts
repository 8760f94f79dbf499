// Path checks shared by volume items and mounts (validation.go: validateLocalDescendingPath,
// validatePathNoBacksteps, ValidateLocalNonReservedPath) and the file-mode range.
import { type FieldError, invalid } from "./field-error.ts";
import type { FieldPath } from "./field-path.ts";

/** A path inside a volume: relative and without `..` elements. Pure. */
export function validateLocalDescendingPath(target: string, path: FieldPath): FieldError[] {
  const errors: FieldError[] = [];
  if (target.startsWith("/")) errors.push(invalid(path, target, "must be a relative path"));
  errors.push(...validatePathNoBacksteps(target, path));
  return errors;
}

/** No `..` element anywhere; one error is enough. Pure. */
export function validatePathNoBacksteps(target: string, path: FieldPath): FieldError[] {
  return target.split("/").includes("..") ? [invalid(path, target, "must not contain '..'")] : [];
}

/** A relative path that also does not start with `..` (like `..data`, reserved by the kubelet). Pure. */
export function validateLocalNonReservedPath(target: string, path: FieldPath): FieldError[] {
  const errors = validateLocalDescendingPath(target, path);
  if (target.startsWith("..") && !target.startsWith("../")) errors.push(invalid(path, target, "must not start with '..'"));
  return errors;
}

/** A file mode outside 0–0777. Pure. */
export function validateFileMode(mode: number | undefined, path: FieldPath): FieldError[] {
  if (mode === undefined || (mode >= 0 && mode <= 0o777)) return [];
  return [invalid(path, mode, "must be a number between 0 and 0777 (octal), both inclusive")];
}

// What kubectl prints when the API server (or kubectl itself) refuses the manifest, per problem
// kind (kubelet-semantics.md §2.2.2, §2.9; kubectl cmd/util/helpers.go StandardErrorMessage):
// field errors as `The Pod "NAME" is invalid: ...`, decoding and admission refusals as
// `Error from server (...)`, YAML kubectl cannot convert as `error: error parsing FILE: ...`.
import type { Problem, ProblemType } from "../admission/problem.ts";
import { formatInvalidPod } from "../admission/format-invalid-pod.ts";

const fieldErrorTypes: ReadonlySet<ProblemType> = new Set<ProblemType>([
  "FieldValueRequired", "FieldValueForbidden", "FieldValueTooLong", "FieldValueTooMany", "FieldValueInvalid",
  "FieldValueNotSupported", "FieldValueDuplicate", "FieldValueNotFound", "InternalError",
]);

function requestError(problem: Problem, fileName: string): string {
  switch (problem.type) {
    case "InvalidYAML":
      return `error: error parsing ${fileName}: ${problem.message}\n`;
    case "TypeMismatch":
      return `Error from server (BadRequest): error when creating ${JSON.stringify(fileName)}: ${problem.message}\n`;
    case "Forbidden":
      return `Error from server (Forbidden): error when creating ${JSON.stringify(fileName)}: ${problem.message}\n`;
    default:
      return problem.message.startsWith("error validating data")
        ? `error: error validating ${JSON.stringify(fileName)}: ${problem.message}\n`
        : `error: ${problem.message}\n`;
  }
}

/**
 * kubectl's error text for a rejected Pod: all field errors in one Invalid message, otherwise the
 * first request-level problem. `podName` is metadata.name as written (a rejected pod is not stored). Pure.
 */
export function renderRejection(errors: readonly Problem[], fileName: string, podName: string): string {
  const fieldErrors = errors.filter((error) => fieldErrorTypes.has(error.type));
  if (fieldErrors.length > 0) return formatInvalidPod(podName, fieldErrors);
  const first = errors[0];
  return first ? requestError(first, fileName) : "";
}

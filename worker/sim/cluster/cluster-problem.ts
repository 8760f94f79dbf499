/** What is wrong with a cluster file: a closed list, so callers and tests can branch on it. */
export type ClusterProblemCode =
  | "TooLarge"
  | "InvalidYAML"
  | "NotAnObject"
  | "UnknownKind"
  | "UnknownField"
  | "FieldValueRequired"
  | "FieldValueInvalid"
  | "FieldValueTypeInvalid"
  | "AlreadyExists";

/**
 * One problem in a cluster file. `document` is the 1-based index of the YAML document (0 when
 * the problem concerns the whole file); `field` an API-server field path inside that object;
 * `line`/`column` are 1-based positions in the file, or null.
 */
export interface ClusterProblem {
  code: ClusterProblemCode;
  document: number;
  field: string;
  message: string;
  line: number | null;
  column: number | null;
}

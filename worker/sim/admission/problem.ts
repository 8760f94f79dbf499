/**
 * One problem found in a learner's Pod YAML, in the shape of the `podlab simulate` contract's
 * `errors` and `warnings` entries. `field` is an API-server field path ("" for the whole
 * document); `line`/`column` are 1-based positions in the YAML, or null when there is none.
 */
export interface Problem {
  field: string;
  type: ProblemType;
  message: string;
  line: number | null;
  column: number | null;
  /** A plain-language suggestion for a common learner mistake, when one applies. */
  hint?: string;
}

/** The API server's field error types (field.ErrorType names, as the contract spells them). */
export type FieldErrorType =
  | "FieldValueRequired"
  | "FieldValueForbidden"
  | "FieldValueTooLong"
  | "FieldValueTooMany"
  | "FieldValueInvalid"
  | "FieldValueNotSupported"
  | "FieldValueDuplicate"
  | "FieldValueNotFound"
  | "InternalError";

/**
 * Field error types, plus the request-level kinds PodLab reports: YAML that kubectl cannot
 * convert, a body the API server cannot decode (`TypeMismatch`), an admission refusal
 * (`Forbidden`), warnings (`UnknownField`, `DuplicateField`, `PodPresetConflict`), the document checks, a problem
 * in the --cluster file (`ClusterFileInvalid`, not the learner's Pod: the CLI exits 2) and a run
 * cut short by the simulator's bounds (`SimulationTruncated`, a warning).
 */
export type ProblemType =
  | FieldErrorType
  | "TypeMismatch"
  | "Forbidden"
  | "UnknownField"
  | "DuplicateField"
  | "PodPresetConflict"
  | "InvalidYAML"
  | "TooLarge"
  | "NotText"
  | "EmptyDocument"
  | "MultipleDocuments"
  | "NotAnObject"
  | "WrongKind"
  | "ClusterFileInvalid"
  | "SimulationTruncated";

/** A 1-based source position. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Builds a Problem at a position (or none). Pure. */
export function problem(
  type: ProblemType,
  field: string,
  message: string,
  at: SourcePosition | null,
  hint?: string,
): Problem {
  const base = { field, type, message, line: at?.line ?? null, column: at?.column ?? null };
  return hint === undefined ? base : { ...base, hint };
}

// Turns the API server's problems (the verdict's `errors` and `warnings`) into Monaco marker data.
// Pure and free of Monaco imports, so the server, the tests and the editor share it.
import type { Problem } from "@/worker/sim/admission/problem.ts";

/** Marker owner for PodLab's own problems; monaco-yaml uses "yaml", so the two never clear each other. */
export const podlabMarkerOwner = "podlab";

/** monaco.MarkerSeverity values (Error = 8, Warning = 4), fixed by Monaco's public API. */
export const markerSeverity = { error: 8, warning: 4 } as const;

/** The fields of monaco.editor.IMarkerData that PodLab sets. */
export interface MarkerData {
  severity: number;
  message: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** Where the token starting at `column` (1-based) ends on `line`: the end column, exclusive. */
function tokenEnd(line: string, column: number): number {
  const rest = line.slice(column - 1);
  const token = /^[^\s:]+/.exec(rest)?.[0] ?? "";
  if (token !== "") return column + token.length;
  return Math.max(column + 1, line.length + 1);
}

/**
 * Markers for the problems that carry a position inside `text` (1-based line and column); the
 * underline covers the word at that position. Problems without a position stay in the list only.
 * Pure.
 */
export function problemsToMarkers(text: string, errors: readonly Problem[], warnings: readonly Problem[]): MarkerData[] {
  const lines = text.split(/\r?\n/);
  const toMarker = (severity: number) => (problem: Problem): MarkerData[] => {
    if (problem.line === null || problem.line < 1 || problem.line > lines.length) return [];
    const line = lines[problem.line - 1]!;
    const column = Math.min(Math.max(problem.column ?? 1, 1), line.length + 1);
    const message = problem.hint ? `${problem.message}\n${problem.hint}` : problem.message;
    return [
      {
        severity,
        message,
        source: "API server",
        startLineNumber: problem.line,
        startColumn: column,
        endLineNumber: problem.line,
        endColumn: tokenEnd(line, column),
      },
    ];
  };
  return [...errors.flatMap(toMarker(markerSeverity.error)), ...warnings.flatMap(toMarker(markerSeverity.warning))];
}

// A marker in an editor, as the problem list under it shows it. Pure.

/** One marker of the editor's model, from monaco-yaml ("yaml") or PodLab ("podlab"). */
export interface EditorProblem {
  owner: string;
  severity: "error" | "warning" | "info";
  line: number;
  column: number;
  message: string;
}

/** Monaco's MarkerSeverity number as a word (Error 8, Warning 4, the rest info). */
export function severityName(severity: number): EditorProblem["severity"] {
  if (severity >= 8) return "error";
  if (severity >= 4) return "warning";
  return "info";
}

/** Sorts problems by position, then errors before warnings. Pure. */
export function sortProblems(problems: readonly EditorProblem[]): EditorProblem[] {
  const rank = { error: 0, warning: 1, info: 2 };
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column || rank[a.severity] - rank[b.severity]);
}

"use client";
// The problem list under an editor, like an IDE's Problems panel: every marker with its line and
// column, so the squiggles are readable without hovering and by screen readers.
import { type EditorProblem, sortProblems } from "./editor-problem.ts";

/** Props of {@link EditorProblems}. */
export interface EditorProblemsProps {
  problems: readonly EditorProblem[];
  label: string;
  /** Names each marker owner for the reader, e.g. { yaml: "schema", podlab: "API server" }. */
  sources: Record<string, string>;
  line: string;
}

/** The markers of one editor, sorted by position; nothing when there are none. */
export function EditorProblems({ problems, label, sources, line }: EditorProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <ul className="editor-problems" aria-label={label}>
      {sortProblems(problems).map((problem, index) => (
        <li key={`${index}-${problem.owner}-${problem.line}-${problem.column}`} data-severity={problem.severity}>
          <span className="where">
            {line} {problem.line}:{problem.column}
          </span>
          <span className="message">{problem.message.split("\n")[0]}</span>
          <span className="source">{sources[problem.owner] ?? problem.owner}</span>
        </li>
      ))}
    </ul>
  );
}

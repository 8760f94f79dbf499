"use client";
// The learner's past submissions to this exercise with their verdicts: the checks of any one
// (with messages and hints, from the verdict the page already holds), and the line diff of any
// one against the submission before it.
import { useState } from "react";
import { isUnchanged, lineDiff } from "@/app/_components/editor/line-diff.ts";
import type { Language } from "@/app/_components/language/language.ts";
import type { ExerciseText } from "./exercise-text.ts";
import { formatSubmittedAt } from "./format-submitted-at.ts";
import { PastVerdict } from "./past-verdict.tsx";
import { SubmissionDiff } from "./submission-diff.tsx";
import type { SubmissionSummary } from "./submission-summary.ts";

type Props = { submissions: SubmissionSummary[]; text: ExerciseText; language: Language };

/** What is open below the table: one submission's checks, or its diff against the one before. */
type Opened = { id: string; view: "checks" | "diff" };

function scoreOf(submission: SubmissionSummary): string {
  if (submission.score === null) return "—";
  const checks = submission.verdict?.checks ?? [];
  const passed = checks.filter((check) => check.passed).length;
  return `${Math.round(submission.score)}%${checks.length > 0 ? ` (${passed}/${checks.length})` : ""}`;
}

function changeCounts(before: string, after: string): { added: number; removed: number } {
  const lines = lineDiff(before, after);
  return { added: lines.filter((line) => line.kind === "added").length, removed: lines.filter((line) => line.kind === "removed").length };
}

const toggleId = ({ id, view }: Opened) => `history-${view}-${id}`;
const panelId = ({ view }: Opened) => `history-${view}-panel`;

/** The table of submissions, newest first; "Checks" opens one's verdict, "Diff" its changes. */
export function SubmissionHistory({ submissions, text, language }: Props) {
  const [opened, setOpened] = useState<Opened | null>(null);
  if (submissions.length === 0) return null;
  const openIndex = opened === null ? -1 : submissions.findIndex((submission) => submission.id === opened.id);
  const open = openIndex === -1 ? undefined : submissions[openIndex];
  const previous = openIndex === -1 ? undefined : submissions[openIndex + 1];
  const toggle = (next: Opened) => setOpened(opened?.id === next.id && opened.view === next.view ? null : next);
  // The close button goes away with its panel: hand focus back to the button that opened it.
  const close = () => {
    if (opened) document.getElementById(toggleId(opened))?.focus();
    setOpened(null);
  };
  return (
    <section className="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{text.history}</h2>
      {/* Focusable so that keyboard users reach the history and can scroll it sideways on a phone. */}
      <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="history-heading">
        <table aria-labelledby="history-heading">
          <thead>
            <tr>
              <th scope="col">{text.submitted}</th>
              <th scope="col">{text.status}</th>
              <th scope="col">{text.score}</th>
              <th scope="col">{text.checks}</th>
              <th scope="col">{text.changes}</th>
            </tr>
          </thead>
          <tbody>
            {submissions.map((submission, index) => (
              <HistoryRow
                key={submission.id}
                submission={submission}
                previous={submissions[index + 1]}
                opened={opened?.id === submission.id ? opened.view : null}
                onToggle={(view) => toggle({ id: submission.id, view })}
                text={text}
                language={language}
              />
            ))}
          </tbody>
        </table>
      </div>
      {opened?.view === "checks" && open && (
        <PastVerdict
          id={panelId(opened)}
          title={text.pastVerdictTitle(formatSubmittedAt(open.queuedAt, language))}
          submission={open}
          text={text}
          language={language}
          onClose={close}
        />
      )}
      {opened?.view === "diff" && open && previous && (
        <SubmissionDiff
          id={panelId(opened)}
          title={text.diffTitle(formatSubmittedAt(open.queuedAt, language))}
          lines={lineDiff(previous.yaml, open.yaml)}
          unchangedLabel={text.unchanged}
          onClose={close}
          closeLabel={text.close}
          linesLabel={text.diffLines}
        />
      )}
    </section>
  );
}

type RowProps = {
  submission: SubmissionSummary;
  previous: SubmissionSummary | undefined;
  opened: Opened["view"] | null;
  onToggle: (view: Opened["view"]) => void;
  text: ExerciseText;
  language: Language;
};

function HistoryRow({ submission, previous, opened, onToggle, text, language }: RowProps) {
  const counts = previous ? changeCounts(previous.yaml, submission.yaml) : null;
  const unchanged = previous ? isUnchanged(lineDiff(previous.yaml, submission.yaml)) : false;
  const isFinished = submission.status === "graded" || submission.status === "failed";
  const toggleProps = (view: Opened["view"]) => ({
    id: toggleId({ id: submission.id, view }),
    type: "button" as const,
    className: "link-button",
    "aria-expanded": opened === view,
    "aria-controls": opened === view ? panelId({ id: submission.id, view }) : undefined,
    onClick: () => onToggle(view),
  });
  return (
    <tr data-status={submission.status} data-passed={submission.verdict?.passed ?? undefined}>
      <td>
        <time dateTime={submission.queuedAt}>{formatSubmittedAt(submission.queuedAt, language)}</time>
      </td>
      <td>{text.statusWords[submission.status]}</td>
      <td>{scoreOf(submission)}</td>
      <td>{isFinished ? <button {...toggleProps("checks")}>{text.showChecks}</button> : <span className="muted">—</span>}</td>
      <td>
        {counts === null ? (
          <span className="muted">{text.firstSubmission}</span>
        ) : unchanged ? (
          <span className="muted">{text.unchanged}</span>
        ) : (
          <button {...toggleProps("diff")}>
            {text.showDiff} <span className="diff-added">+{counts.added}</span> <span className="diff-removed">−{counts.removed}</span>
          </button>
        )}
      </td>
    </tr>
  );
}

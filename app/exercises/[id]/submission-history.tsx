"use client";
// The learner's past submissions to this exercise with their verdicts, and the line diff of any
// one against the submission before it.
import { useState } from "react";
import { isUnchanged, lineDiff } from "@/app/_components/editor/line-diff.ts";
import type { ExerciseText } from "./exercise-text.ts";
import { SubmissionDiff } from "./submission-diff.tsx";
import type { SubmissionSummary } from "./submission-summary.ts";

type Props = { submissions: SubmissionSummary[]; text: ExerciseText };

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

/** The table of submissions, newest first; "Diff" opens the comparison with the previous one. */
export function SubmissionHistory({ submissions, text }: Props) {
  const [openId, setOpenId] = useState<string | null>(null);
  if (submissions.length === 0) return null;
  const openIndex = submissions.findIndex((submission) => submission.id === openId);
  const open = openIndex === -1 ? undefined : submissions[openIndex];
  const previous = openIndex === -1 ? undefined : submissions[openIndex + 1];
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
              <th scope="col">{text.changes}</th>
            </tr>
          </thead>
          <tbody>
            {submissions.map((submission, index) => (
              <HistoryRow
                key={submission.id}
                submission={submission}
                previous={submissions[index + 1]}
                isOpen={submission.id === openId}
                onToggle={() => setOpenId(submission.id === openId ? null : submission.id)}
                text={text}
              />
            ))}
          </tbody>
        </table>
      </div>
      {open && previous && (
        <SubmissionDiff
          title={text.diffTitle(new Date(open.queuedAt).toLocaleString())}
          lines={lineDiff(previous.yaml, open.yaml)}
          unchangedLabel={text.unchanged}
          onClose={() => setOpenId(null)}
          closeLabel={text.close}
        />
      )}
    </section>
  );
}

type RowProps = { submission: SubmissionSummary; previous: SubmissionSummary | undefined; isOpen: boolean; onToggle: () => void; text: ExerciseText };

function HistoryRow({ submission, previous, isOpen, onToggle, text }: RowProps) {
  const counts = previous ? changeCounts(previous.yaml, submission.yaml) : null;
  const unchanged = previous ? isUnchanged(lineDiff(previous.yaml, submission.yaml)) : false;
  return (
    <tr data-status={submission.status} data-passed={submission.verdict?.passed ?? undefined}>
      <td>
        <time dateTime={submission.queuedAt}>{new Date(submission.queuedAt).toLocaleString()}</time>
      </td>
      <td>{text.statusWords[submission.status]}</td>
      <td>{scoreOf(submission)}</td>
      <td>
        {counts === null ? (
          <span className="muted">{text.firstSubmission}</span>
        ) : unchanged ? (
          <span className="muted">{text.unchanged}</span>
        ) : (
          <button type="button" className="link-button" aria-expanded={isOpen} onClick={onToggle}>
            {text.showDiff} <span className="diff-added">+{counts.added}</span> <span className="diff-removed">−{counts.removed}</span>
          </button>
        )}
      </td>
    </tr>
  );
}

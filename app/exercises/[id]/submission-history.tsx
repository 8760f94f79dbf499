"use client";
// The learner's past submissions to this exercise with their verdicts: the checks of any one
// (with messages and hints, from the verdict the page already holds), and the line diff of any
// one against the submission before it. Older pages load on request, below the table.
import { useEffect, useState } from "react";
import { isUnchanged, lineDiff } from "@/app/_components/editor/line-diff.ts";
import type { Language } from "@/app/_components/language/language.ts";
import type { ExerciseText } from "./exercise-text.ts";
import { formatSubmittedAt } from "./format-submitted-at.ts";
import { PastVerdict } from "./past-verdict.tsx";
import { ShowOlderSubmissions } from "./show-older-submissions.tsx";
import { SubmittedAt } from "./submitted-at.tsx";
import { SubmissionDiff } from "./submission-diff.tsx";
import type { SubmissionSummary } from "./submission-summary.ts";
import type { HistoryPaging } from "./use-submission-history.ts";

type Props = { submissions: SubmissionSummary[]; paging: HistoryPaging; text: ExerciseText; language: Language };

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
const rowId = (id: string) => `history-row-${id}`;

/** The table of submissions, newest first; "Checks" opens one's verdict, "Diff" its changes. */
export function SubmissionHistory({ submissions, paging, text, language }: Props) {
  const [opened, setOpened] = useState<Opened | null>(null);
  // After a page of older rows arrives, keyboard and screen-reader users continue from its first row.
  useEffect(() => {
    if (paging.focusId !== null) document.getElementById(rowId(paging.focusId))?.focus();
  }, [paging.focusId]);
  // The panel sits below the whole table, which can be long: bring it into view, focus stays put.
  useEffect(() => {
    if (opened) document.getElementById(panelId(opened))?.scrollIntoView({ block: "nearest" });
  }, [opened]);
  if (submissions.length === 0) return null;
  // The oldest row loaded is compared against the one just before it, which the server sent along.
  const previousYamlAt = (index: number) => submissions[index + 1]?.yaml ?? paging.olderYaml ?? undefined;
  const openIndex = opened === null ? -1 : submissions.findIndex((submission) => submission.id === opened.id);
  const open = openIndex === -1 ? undefined : submissions[openIndex];
  const previousYaml = openIndex === -1 ? undefined : previousYamlAt(openIndex);
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
                previousYaml={previousYamlAt(index)}
                opened={opened?.id === submission.id ? opened.view : null}
                onToggle={(view) => toggle({ id: submission.id, view })}
                text={text}
                language={language}
              />
            ))}
          </tbody>
        </table>
      </div>
      <ShowOlderSubmissions paging={paging} text={text} />
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
      {opened?.view === "diff" && open && previousYaml !== undefined && (
        <SubmissionDiff
          id={panelId(opened)}
          title={text.diffTitle(formatSubmittedAt(open.queuedAt, language))}
          lines={lineDiff(previousYaml, open.yaml)}
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
  previousYaml: string | undefined;
  opened: Opened["view"] | null;
  onToggle: (view: Opened["view"]) => void;
  text: ExerciseText;
  language: Language;
};

function HistoryRow({ submission, previousYaml, opened, onToggle, text, language }: RowProps) {
  const counts = previousYaml === undefined ? null : changeCounts(previousYaml, submission.yaml);
  const unchanged = previousYaml === undefined ? false : isUnchanged(lineDiff(previousYaml, submission.yaml));
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
    // Focusable from script only: where focus lands after older rows load.
    <tr id={rowId(submission.id)} tabIndex={-1} data-status={submission.status} data-passed={submission.verdict?.passed ?? undefined}>
      <td>
        <SubmittedAt iso={submission.queuedAt} language={language} />
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

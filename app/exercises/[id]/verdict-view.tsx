// A submission's verdict: score, every check with its message in the page's language (and hint when it
// failed), and the API server's errors and warnings with their positions: the latest one live, and
// any earlier one opened from the history. It holds no state beyond the timer for the delay notice.
import type { Language } from "@/app/_components/language/language.ts";
import type { Problem } from "@/worker/sim/admission/problem.ts";
import { checkMessageText } from "./check-messages/check-message-text.ts";
import type { ExerciseText } from "./exercise-text.ts";
import type { SubmissionSummary, VerdictSummary } from "./submission-summary.ts";
import { useIsGradingDelayed } from "./use-is-grading-delayed.ts";

type Props = { submission: SubmissionSummary; text: ExerciseText; language: Language; isReconnecting: boolean };

/**
 * The state of `submission`: waiting (saying so when grading is delayed or the live connection
 * was lost), grading, not graded, or its verdict. The group is focusable so that keyboard users
 * can Tab to it after submitting.
 */
export function SubmissionResult({ submission, text, language, isReconnecting }: Props) {
  if (submission.status === "queued" || submission.status === "running") {
    return <PendingView submission={submission} text={text} isReconnecting={isReconnecting} />;
  }
  if (submission.status === "failed" || !submission.verdict) {
    return (
      <div className="verdict failed" data-status="failed" aria-label={text.verdict} role="group" tabIndex={0}>
        <h2 className="verdict-heading status-failed">{text.notGraded}</h2>
        <p>{submission.failureMessage}</p>
      </div>
    );
  }
  return <VerdictView verdict={submission.verdict} text={text} language={language} label={text.verdict} headingLevel={2} />;
}

function PendingView({ submission, text, isReconnecting }: { submission: SubmissionSummary; text: ExerciseText; isReconnecting: boolean }) {
  const isDelayed = useIsGradingDelayed(submission);
  return (
    <div className="verdict" data-status={submission.status} aria-label={text.verdict} role="group" tabIndex={0}>
      <h2 className="verdict-heading">
        <span className="spinner" aria-hidden="true" />
        {submission.status === "queued" ? text.waiting : text.grading}
      </h2>
      {isDelayed && (
        <p className="notice" role="status">
          <strong>{text.delayedTitle}</strong> {text.delayedBody}
        </p>
      )}
      {isReconnecting && (
        <p className="notice" role="status">
          <strong>{text.reconnectingTitle}</strong> {text.reconnectingBody}
        </p>
      )}
    </div>
  );
}

function headline(verdict: VerdictSummary, text: ExerciseText): string {
  if (verdict.passed) return text.passed;
  return verdict.admitted ? text.notYet : text.rejected;
}

type VerdictProps = { verdict: VerdictSummary; text: ExerciseText; language: Language; label: string; headingLevel: 2 | 4 };

/**
 * A graded verdict: headline and score, each check with its message (and hint when it failed), and
 * the API server's problems. `label` names the group: the latest verdict's, or an earlier one's.
 */
export function VerdictView({ verdict, text, language, label, headingLevel }: VerdictProps) {
  const state = verdict.passed ? "passed" : "failed";
  const [Heading, SubHeading] = headingLevel === 2 ? (["h2", "h3"] as const) : (["h4", "h5"] as const);
  return (
    <div className={`verdict ${state}`} data-status="graded" aria-label={label} role="group" tabIndex={0}>
      <Heading className={`verdict-heading status-${state}`}>
        {headline(verdict, text)} · {verdict.score}%
      </Heading>
      <div className="score-bar" aria-hidden="true">
        <span style={{ width: `${verdict.score}%` }} />
      </div>
      <ul className="checks" aria-label={text.checks}>
        {verdict.checks.map((check) => (
          <li key={check.id} className="check" data-passed={check.passed}>
            <span className="check-mark" aria-hidden="true">
              {check.passed ? "✔" : "✘"}
            </span>
            <span>
              <strong>{check.title[language]}</strong>
              <span className="check-message">{checkMessageText(check, language)}</span>
              {check.hint && (
                <span className="hint">
                  {text.hint}: {check.hint[language]}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
      <ProblemList title={text.errors} problems={verdict.errors} text={text} Heading={SubHeading} />
      <ProblemList title={text.warnings} problems={verdict.warnings} text={text} Heading={SubHeading} />
    </div>
  );
}

function ProblemList({ title, problems, text, Heading }: { title: string; problems: Problem[]; text: ExerciseText; Heading: "h3" | "h5" }) {
  if (problems.length === 0) return null;
  return (
    <>
      <Heading>{title}</Heading>
      <ul className="problems" aria-label={title}>
        {problems.map((problem, index) => (
          <li key={`${index}-${problem.message}`}>
            {problem.line !== null && (
              <span className="where">
                {text.line} {problem.line}:{problem.column}
              </span>
            )}
            {problem.message}
            {problem.hint && <span className="hint">{problem.hint}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

// One earlier submission's verdict, opened from the history: its checks with their messages and
// hints, and the API server's errors and warnings, under a heading with a close button.
import type { Language } from "@/app/_components/language/language.ts";
import type { ExerciseText } from "./exercise-text.ts";
import type { SubmissionSummary } from "./submission-summary.ts";
import { VerdictView } from "./verdict-view.tsx";

type Props = { id: string; title: string; submission: SubmissionSummary; text: ExerciseText; language: Language; onClose: () => void };

/** A labelled region with the verdict of `submission` (or why it was not graded). */
export function PastVerdict({ id, title, submission, text, language, onClose }: Props) {
  return (
    <section id={id} className="past-verdict" aria-label={title}>
      <div className="submission-diff-head">
        <h3>{title}</h3>
        <button type="button" className="secondary small" onClick={onClose}>
          {text.close}
        </button>
      </div>
      {submission.verdict ? (
        <VerdictView verdict={submission.verdict} text={text} language={language} label={text.pastVerdict} headingLevel={4} />
      ) : (
        <p>{submission.failureMessage}</p>
      )}
    </section>
  );
}

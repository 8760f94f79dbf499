// A compact unified line diff of two submissions (line-diff.ts), in a labelled region.
import type { DiffLine } from "@/app/_components/editor/line-diff.ts";

type Props = { id: string; title: string; lines: DiffLine[]; unchangedLabel: string; closeLabel: string; linesLabel: string; onClose: () => void };

const marks = { same: " ", removed: "−", added: "+" } as const;

/** The diff, one row per line, with old and new line numbers. */
export function SubmissionDiff({ id, title, lines, unchangedLabel, closeLabel, linesLabel, onClose }: Props) {
  return (
    <section id={id} className="submission-diff" aria-label={title}>
      <div className="submission-diff-head">
        <h3>{title}</h3>
        <button type="button" className="secondary small" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {lines.every((line) => line.kind === "same") ? (
        <p className="muted">{unchangedLabel}</p>
      ) : (
        // Focusable and named: long lines scroll sideways, and keyboard users must reach them too.
        <pre className="diff" role="list" tabIndex={0} aria-label={linesLabel}>
          {lines.map((line, index) => (
            <span key={index} role="listitem" className={`diff-line diff-${line.kind}`} data-kind={line.kind}>
              <span className="diff-number" aria-hidden="true">
                {line.oldLine ?? ""}
              </span>
              <span className="diff-number" aria-hidden="true">
                {line.newLine ?? ""}
              </span>
              <span className="diff-mark">{marks[line.kind]}</span>
              <span className="diff-text">{line.text || " "}</span>
              {"\n"}
            </span>
          ))}
        </pre>
      )}
    </section>
  );
}

// The control under the history that loads the next older page, and a live region that says
// what it loaded (or why it could not).
import type { ExerciseText } from "./exercise-text.ts";
import type { HistoryPaging } from "./use-submission-history.ts";

type Props = { paging: HistoryPaging; text: ExerciseText };

/** "Show older submissions" while there are more, and the outcome of the last load. */
export function ShowOlderSubmissions({ paging, text }: Props) {
  const { hasMore, isLoading, status, loadOlder } = paging;
  return (
    <div className="history-more">
      {hasMore && (
        // aria-disabled rather than disabled while loading: a disabled button drops keyboard focus.
        <button type="button" className="secondary small" aria-disabled={isLoading || undefined} onClick={() => void loadOlder()}>
          {isLoading ? text.loadingOlder : text.showOlder}
        </button>
      )}
      <p role="status" className={status?.isError ? "error-banner" : "muted small-text"}>
        {status?.message}
      </p>
    </div>
  );
}

// What the exercise page's client parts know of a submission: the server's view without the
// simulation traces (the timeline is drawn on the server, so traces never need to reach the browser).
import type { SubmissionHistoryPage, SubmissionView } from "@/app/_data/submissions.ts";
import type { Verdict } from "@/worker/grader/verdict.ts";

/** A verdict minus its traces. */
export type VerdictSummary = Omit<Verdict, "traces">;

/** A submission as the browser holds it. */
export type SubmissionSummary = Omit<SubmissionView, "verdict"> & { verdict: VerdictSummary | null };

/** A page of history as the browser gets it (GET /api/exercises/[id]/submissions). */
export type SubmissionHistoryPageSummary = Omit<SubmissionHistoryPage, "submissions"> & { submissions: SubmissionSummary[] };

/** Drops the traces from a view (from the page or from the event stream). Pure. */
export function summarize(view: SubmissionView | SubmissionSummary): SubmissionSummary {
  if (!view.verdict) return { ...view, verdict: null };
  const { traces: _traces, ...verdict } = view.verdict as Verdict;
  return { ...view, verdict };
}

/** True while a worker has not finished with the submission. Pure. */
export function isPending(view: SubmissionSummary): boolean {
  return view.status === "queued" || view.status === "running";
}

/** Newest first, as the server pages them: by queuedAt, then id. Pure. */
function newestFirst(a: SubmissionSummary, b: SubmissionSummary): number {
  if (a.queuedAt !== b.queuedAt) return a.queuedAt < b.queuedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** `known` with `updates` laid over it by id, newest first. Pure. */
export function mergeSubmissions(known: readonly SubmissionSummary[], updates: readonly SubmissionSummary[]): SubmissionSummary[] {
  const byId = new Map(known.map((view) => [view.id, view]));
  for (const update of updates) {
    const old = byId.get(update.id);
    // The page may be newer than a stale stream message: never go back from a finished state.
    if (old && !isPending(old) && isPending(update)) continue;
    byId.set(update.id, update);
  }
  return [...byId.values()].sort(newestFirst);
}

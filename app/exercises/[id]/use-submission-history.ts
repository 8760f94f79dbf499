"use client";
// The learner's history as the browser holds it: every page the server rendered since the page
// was opened, plus the older pages loaded on request from GET /api/exercises/[id]/submissions.
//
// Pages the server renders again (router.refresh() after a verdict) are merged in, never
// swapped: the newest page then starts later, and a row that slid out of it must stay, or the
// older pages (which continue from the first page's cursor) would leave a gap.
import { useState } from "react";
import type { ExerciseText } from "./exercise-text.ts";
import { mergeSubmissions, type SubmissionHistoryPageSummary, type SubmissionSummary } from "./submission-summary.ts";

/** Where the next older page starts, and the YAML the oldest known row is compared against. */
export type HistoryTail = Pick<SubmissionHistoryPageSummary, "nextCursor" | "olderYaml">;

/** What the history's "Show older submissions" control shows and does. */
export interface HistoryPaging {
  olderYaml: string | null;
  hasMore: boolean;
  isLoading: boolean;
  /** The outcome of the last load, for the live region under the table. */
  status: { message: string; isError: boolean } | null;
  /** The first row of the page loaded last: focus goes there. */
  focusId: string | null;
  loadOlder: () => Promise<void>;
}

function historyUrl(exerciseId: string, cursor: string): string {
  return `/api/exercises/${encodeURIComponent(exerciseId)}/submissions?before=${encodeURIComponent(cursor)}`;
}

/** The known submissions, newest first, and the paging state; `history` is the server's newest page. */
export function useSubmissionHistory(
  exerciseId: string,
  history: SubmissionSummary[],
  start: HistoryTail,
  text: ExerciseText,
): { submissions: SubmissionSummary[]; paging: HistoryPaging } {
  const [known, setKnown] = useState({ from: history, list: history });
  if (known.from !== history) setKnown({ from: history, list: mergeSubmissions(known.list, history) });
  const [tail, setTail] = useState(start);
  const [isLoading, setIsLoading] = useState(false);
  const [status, setStatus] = useState<HistoryPaging["status"]>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  const loadOlder = async () => {
    if (isLoading || tail.nextCursor === null) return;
    setIsLoading(true);
    setStatus(null);
    try {
      const response = await fetch(historyUrl(exerciseId, tail.nextCursor));
      const page = (await response.json().catch(() => null)) as SubmissionHistoryPageSummary | null;
      if (!response.ok || !Array.isArray(page?.submissions)) {
        setStatus({ message: response.status === 401 ? text.olderSignedOut : text.olderFailed(response.status), isError: true });
        return;
      }
      setKnown((current) => ({ from: current.from, list: mergeSubmissions(current.list, page.submissions) }));
      setTail({ nextCursor: page.nextCursor, olderYaml: page.olderYaml });
      setStatus({ message: text.loadedOlder(page.submissions.length, page.nextCursor !== null), isError: false });
      setFocusId(page.submissions[0]?.id ?? null);
    } catch {
      setStatus({ message: text.olderOffline, isError: true });
    } finally {
      setIsLoading(false);
    }
  };

  return {
    submissions: known.list,
    paging: { olderYaml: tail.olderYaml, hasMore: tail.nextCursor !== null, isLoading, status, focusId, loadOlder },
  };
}

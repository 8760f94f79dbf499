"use client";
// Whether a submission has waited for a grader longer than grading normally takes: then the
// page says so, instead of showing a spinner forever while no worker is running.
import { useEffect, useState } from "react";
import type { SubmissionSummary } from "./submission-summary.ts";

/** Grading takes well under a second when a worker is free; this long in the queue means none is. */
export const gradingDelayNoticeMs = 15_000;

/** True once `submission` has been queued for `gradingDelayNoticeMs` and is still queued. */
export function useIsGradingDelayed(submission: SubmissionSummary): boolean {
  const isQueued = submission.status === "queued";
  const dueAtMs = Date.parse(submission.queuedAt) + gradingDelayNoticeMs;
  const [delayedId, setDelayedId] = useState<string | null>(null);
  useEffect(() => {
    if (!isQueued) return;
    const timer = setTimeout(() => setDelayedId(submission.id), Math.max(0, dueAtMs - Date.now()));
    return () => clearTimeout(timer);
  }, [isQueued, dueAtMs, submission.id]);
  return isQueued && delayedId === submission.id;
}

"use client";
// Resumes following the latest submission when the page opens while it is still being graded.
import { useEffect, useRef } from "react";
import { isPending, type SubmissionSummary } from "./submission-summary.ts";

/** Calls `follow(latest.id)` once, on mount, when `latest` is queued or running. */
export function useFollowOnMount(latest: SubmissionSummary | null, follow: (id: string) => void) {
  const first = useRef(latest);
  useEffect(() => {
    if (first.current && isPending(first.current)) follow(first.current.id);
  }, [follow]);
}

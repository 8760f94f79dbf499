"use client";
// Follows one submission's server-sent events (GET /api/submissions/ID/events) until it is
// graded or failed, handing each view to `onView`.
import { useCallback, useEffect, useRef } from "react";
import type { SubmissionView } from "@/app/_data/submissions.ts";

/** `follow(id)` starts following a submission (and stops following the previous one). */
export function useSubmissionStream(onView: (view: SubmissionView) => void) {
  const source = useRef<EventSource | null>(null);
  const onViewRef = useRef(onView);
  useEffect(() => {
    onViewRef.current = onView;
  }, [onView]);
  useEffect(() => () => source.current?.close(), []);

  return useCallback((id: string) => {
    source.current?.close();
    const stream = new EventSource(`/api/submissions/${encodeURIComponent(id)}/events`);
    source.current = stream;
    stream.addEventListener("submission", (event) => {
      const view = JSON.parse((event as MessageEvent<string>).data) as SubmissionView;
      if (view.status === "graded" || view.status === "failed") stream.close();
      onViewRef.current(view);
    });
  }, []);
}

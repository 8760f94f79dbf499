"use client";
// Follows one submission's server-sent events (GET /api/submissions/ID/events) until it is
// graded or failed, handing each view to `onView`. The stream survives a lost connection: the
// browser's EventSource reconnects by itself after a network error, and the server starts every
// connection with the submission's current view, so a reconnect catches up on what was missed.
// When the browser gives up instead (an error answer, e.g. while the server restarts), we open a
// new EventSource ourselves after a growing delay.
import { useCallback, useEffect, useRef, useState } from "react";
import type { SubmissionView } from "@/app/_data/submissions.ts";

/** Whether the stream is connected, or has lost its connection and is trying again. */
export type StreamState = "idle" | "open" | "reconnecting";

const retryDelaysMs = [1000, 2000, 5000, 10_000];

/**
 * `follow(id)` starts following a submission (and stops following the previous one); `state`
 * says whether the stream is connected.
 */
export function useSubmissionStream(onView: (view: SubmissionView) => void) {
  const source = useRef<EventSource | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onViewRef = useRef(onView);
  const [state, setState] = useState<StreamState>("idle");
  useEffect(() => {
    onViewRef.current = onView;
  }, [onView]);

  const stop = useCallback(() => {
    source.current?.close();
    source.current = null;
    if (retryTimer.current !== null) clearTimeout(retryTimer.current);
    retryTimer.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const connect = useCallback(
    (id: string, attempt: number) => {
      const stream = new EventSource(`/api/submissions/${encodeURIComponent(id)}/events`);
      source.current = stream;
      stream.addEventListener("open", () => setState("open"));
      stream.addEventListener("submission", (event) => {
        const view = JSON.parse((event as MessageEvent<string>).data) as SubmissionView;
        attempt = 0;
        if (view.status === "graded" || view.status === "failed") {
          stop();
          setState("idle");
        }
        onViewRef.current(view);
      });
      stream.addEventListener("error", () => {
        if (source.current !== stream) return;
        setState("reconnecting");
        // CONNECTING: the browser retries on its own. CLOSED: it gave up, so we retry.
        if (stream.readyState !== EventSource.CLOSED) return;
        const delayMs = retryDelaysMs[Math.min(attempt, retryDelaysMs.length - 1)]!;
        retryTimer.current = setTimeout(() => connect(id, attempt + 1), delayMs);
      });
    },
    [stop],
  );

  const follow = useCallback(
    (id: string) => {
      stop();
      connect(id, 0);
    },
    [connect, stop],
  );
  return { follow, state };
}

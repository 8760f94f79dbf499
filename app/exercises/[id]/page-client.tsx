"use client";
// The exercise workspace: the Monaco editor with its draft, submitting, the live verdict with
// API-server problems as editor markers, and the history. The timeline arrives from the server:
// once a verdict is in, router.refresh() re-renders the page, whose server part draws it.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { EditorProblem } from "@/app/_components/editor/editor-problem.ts";
import { EditorProblems } from "@/app/_components/editor/editor-problems.tsx";
import { LazyYamlEditor, type YamlEditorHandle } from "@/app/_components/editor/lazy-yaml-editor.tsx";
import { problemsToMarkers } from "@/app/_components/editor/problem-markers.ts";
import { signInHref } from "@/app/_components/account/account-links.ts";
import { accountChangedEvent } from "@/app/_components/account/account-menu.tsx";
import type { Language } from "@/app/_components/language/language.ts";
import type { SubmissionView } from "@/app/_data/submissions.ts";
import { type ExerciseText, exerciseText } from "./exercise-text.ts";
import { SubmissionHistory } from "./submission-history.tsx";
import { mergeSubmissions, type SubmissionSummary, summarize } from "./submission-summary.ts";
import { useDraft } from "./use-draft.ts";
import { type HistoryTail, useSubmissionHistory } from "./use-submission-history.ts";
import { useSubmissionStream } from "./use-submission-stream.ts";
import { SubmissionResult } from "./verdict-view.tsx";
import { useFollowOnMount } from "./use-follow-on-mount.ts";
import { SignInToSubmit } from "./sign-in-to-submit.tsx";

type Props = {
  exerciseId: string;
  language: Language;
  prompt: ReactNode;
  starter: string;
  /** The server's newest page of the viewer's submissions, and where the older ones continue. */
  history: SubmissionSummary[];
  historyTail: HistoryTail;
  /** The server-drawn timeline of the latest graded submission, and which submission that is. */
  timeline: ReactNode;
  timelineSubmissionId: string | null;
  /** Set when nobody is signed in: submitting needs an account, and this link returns here. */
  signInToSubmitHref: string | null;
};

/** Why the last submit did not go through; `signInHref` when the session had ended. */
type RequestError = { message: string; signInHref?: string };

/**
 * What to tell the learner when POST /api/submissions refused: the server's own sentence (or the
 * status), plus when to try again if it sent Retry-After in seconds (429, 503).
 */
function refusalMessage(response: Response, serverMessage: string | undefined, text: ExerciseText, exerciseId: string): RequestError {
  // The session ended since the page loaded (signed out in another tab, or expired).
  if (response.status === 401) return { message: text.sessionEnded, signInHref: signInHref(`/exercises/${encodeURIComponent(exerciseId)}`) };
  const message = serverMessage ?? text.sendFailed(response.status);
  const retryAfterSeconds = Number(response.headers.get("retry-after") ?? "");
  return { message: retryAfterSeconds > 0 ? `${message} ${text.retryIn(Math.ceil(retryAfterSeconds))}` : message };
}

/** Prompt, editor, verdict, timeline and history of one exercise. */
export function ExerciseWorkspace({ exerciseId, language, prompt, starter, history, historyTail, timeline, timelineSubmissionId, signInToSubmitHref }: Props) {
  const text = exerciseText(language);
  const router = useRouter();
  const draft = useDraft(exerciseId, starter);
  const editor = useRef<YamlEditorHandle | null>(null);
  const [updates, setUpdates] = useState<SubmissionSummary[]>([]);
  const [markerSource, setMarkerSource] = useState<SubmissionSummary | null>(null);
  const [problems, setProblems] = useState<EditorProblem[]>([]);
  const [isSending, setIsSending] = useState(false);
  const [requestError, setRequestError] = useState<RequestError | null>(null);

  const known = useSubmissionHistory(exerciseId, history, historyTail, text);
  const submissions = useMemo(() => mergeSubmissions(known.submissions, updates), [known.submissions, updates]);
  const current = submissions[0] ?? null;

  const onView = useCallback(
    (view: SubmissionView) => {
      const summary = summarize(view);
      setUpdates((list) => [...list.filter((item) => item.id !== summary.id), summary]);
      // A verdict answers whatever went wrong before it (say, a submit while offline).
      if (summary.status === "graded" || summary.status === "failed") setRequestError(null);
      if (summary.status === "graded") {
        setMarkerSource(summary);
        router.refresh();
      }
    },
    [router],
  );
  const { follow, state: streamState } = useSubmissionStream(onView);
  useFollowOnMount(current, follow);

  // After a reload, the latest verdict's problems still apply if the draft is what was submitted.
  useEffect(() => {
    const latest = history.find((item) => item.status === "graded");
    if (draft.initial !== null && latest && latest.yaml === draft.initial) setMarkerSource((source) => source ?? latest);
    // Only when the draft is first read.
  }, [draft.initial]); // eslint-disable-line react-hooks/exhaustive-deps

  const markers = useMemo(
    () => (markerSource?.verdict ? problemsToMarkers(markerSource.yaml, markerSource.verdict.errors, markerSource.verdict.warnings) : []),
    [markerSource],
  );

  const submit = async () => {
    if (isSending || signInToSubmitHref !== null) return;
    const yaml = editor.current?.getValue() ?? draft.initial ?? starter;
    setIsSending(true);
    setRequestError(null);
    setMarkerSource(null);
    try {
      const response = await fetch("/api/submissions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ exerciseId, yaml }),
      });
      const body = (await response.json().catch(() => null)) as { id?: string; error?: { message: string } } | null;
      if (!response.ok || !body?.id) {
        const refusal = refusalMessage(response, body?.error?.message, text, exerciseId);
        setRequestError(refusal);
        // Redraw the page and the header's account menu as signed out; the draft stays in localStorage.
        if (refusal.signInHref) {
          router.refresh();
          window.dispatchEvent(new Event(accountChangedEvent));
        }
        return;
      }
      const queued: SubmissionSummary = {
        id: body.id,
        exerciseId,
        yaml,
        status: "queued",
        score: null,
        verdict: null,
        failureMessage: null,
        queuedAt: new Date().toISOString(),
        finishedAt: null,
      };
      setUpdates((list) => [...list, queued]);
      follow(body.id);
    } catch {
      setRequestError({ message: text.offline });
    } finally {
      setIsSending(false);
    }
  };
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  });
  const submitFromEditor = useCallback(() => void submitRef.current(), []);

  const isTimelineStale = current !== null && current.status === "graded" && current.id !== timelineSubmissionId;

  return (
    <>
      <div className="exercise-workspace">
        <section className="exercise-prompt panel" aria-labelledby="task-heading">
          <h2 id="task-heading">{text.task}</h2>
          {prompt}
        </section>
        <section className="exercise-editor" aria-labelledby="editor-heading">
          <div className="editor-head">
            <h2 id="editor-heading">{text.editorRegion}</h2>
            <span className="muted small-text">{text.editorHelp}</span>
          </div>
          <div className="editor-frame">
            {draft.initial !== null ? (
              <LazyYamlEditor
                path={`file:///exercises/${exerciseId}/pod.yaml`}
                initialValue={draft.initial}
                ariaLabel={text.editorLabel}
                onChange={draft.save}
                markers={markers}
                onProblems={setProblems}
                onSubmit={submitFromEditor}
                onReady={(handle) => {
                  editor.current = handle;
                }}
              />
            ) : (
              <div className="editor-loading" aria-hidden="true" />
            )}
          </div>
          <EditorProblems problems={problems} label={text.editorProblems} sources={text.sources} line={text.line} />
          <div className="actions">
            {signInToSubmitHref !== null ? (
              <SignInToSubmit href={signInToSubmitHref} text={text} />
            ) : (
              <button type="button" onClick={() => void submit()} disabled={isSending} aria-keyshortcuts="Control+Enter Meta+Enter">
                {isSending ? text.submitting : text.submit}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => editor.current?.replaceAll(starter)}>
              {text.reset}
            </button>
          </div>
        </section>
        <section className="exercise-verdict" aria-live="polite" aria-atomic="false">
          {requestError && (
            <p className="error-banner" role="alert">
              {requestError.message}
              {requestError.signInHref && (
                <>
                  {" "}
                  <Link href={requestError.signInHref}>{text.signInAgain}</Link>
                </>
              )}
            </p>
          )}
          {/* Signed out: an earlier verdict is no longer this viewer's to see. */}
          {current && signInToSubmitHref === null && <SubmissionResult submission={current} text={text} language={language} isReconnecting={streamState === "reconnecting"} />}
        </section>
      </div>
      {timeline !== null && (
        <section className="exercise-timeline" aria-labelledby="timeline-heading" aria-busy={isTimelineStale}>
          <h2 id="timeline-heading">{text.timeline}</h2>
          <p className="muted">{isTimelineStale ? text.timelineUpdating : text.timelineLead}</p>
          <div className={isTimelineStale ? "stale" : undefined}>{timeline}</div>
        </section>
      )}
      {signInToSubmitHref === null && <SubmissionHistory submissions={submissions} paging={known.paging} text={text} language={language} />}
    </>
  );
}

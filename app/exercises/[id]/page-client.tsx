"use client";

import { useEffect, useRef, useState } from "react";
import type { SubmissionView } from "@/app/_data/submissions.ts";
import type { Verdict } from "@/worker/grader/verdict.ts";

type Props = {
  exerciseId: string;
  prompt: string;
  promptZh: string;
  starter: string;
  initialHistory: SubmissionView[];
};

/** The exercise's prompt, a YAML box, and the verdicts of this learner's submissions, live. */
export function ExerciseWorkspace({ exerciseId, prompt, promptZh, starter, initialHistory }: Props) {
  const [yaml, setYaml] = useState(starter);
  const [current, setCurrent] = useState<SubmissionView | null>(initialHistory[0] ?? null);
  const [history, setHistory] = useState(initialHistory);
  const [isSending, setIsSending] = useState(false);
  const [requestError, setRequestError] = useState<string | null>(null);
  const stream = useRef<EventSource | null>(null);

  useEffect(() => () => stream.current?.close(), []);

  const follow = (id: string) => {
    stream.current?.close();
    const source = new EventSource(`/api/submissions/${encodeURIComponent(id)}/events`);
    stream.current = source;
    source.addEventListener("submission", (event) => {
      const view = JSON.parse((event as MessageEvent<string>).data) as SubmissionView;
      setCurrent(view);
      setHistory((list) => [view, ...list.filter((item) => item.id !== view.id)].slice(0, 10));
      if (view.status === "graded" || view.status === "failed") source.close();
    });
  };

  useEffect(() => {
    if (current && (current.status === "queued" || current.status === "running")) follow(current.id);
    // Only on first render: resume following a submission still being graded.
  }, []);

  const submit = async () => {
    setIsSending(true);
    setRequestError(null);
    try {
      const response = await fetch("/api/submissions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ exerciseId, yaml }),
      });
      const body = (await response.json().catch(() => null)) as { id?: string; error?: { message: string } } | null;
      if (!response.ok || !body?.id) {
        setRequestError(body?.error?.message ?? `The server answered ${response.status}. Please try again.`);
        return;
      }
      const queued: SubmissionView = {
        id: body.id,
        exerciseId,
        status: "queued",
        score: null,
        verdict: null,
        failureMessage: null,
        queuedAt: new Date().toISOString(),
        finishedAt: null,
      };
      setCurrent(queued);
      follow(body.id);
    } catch {
      setRequestError("Could not reach the server. Check your connection and try again.");
    } finally {
      setIsSending(false);
    }
  };

  return (
    <div className="workspace">
      <section className="panel prompt" aria-label="Task">
        <p>
          <InlineCode text={prompt} />
        </p>
        <p lang="zh" className="hint-text">
          <InlineCode text={promptZh} />
        </p>
      </section>
      <section aria-label="Your Pod">
        <label htmlFor="pod-yaml" className="hint-text">
          Pod YAML
        </label>
        <textarea
          id="pod-yaml"
          className="yaml-input"
          spellCheck={false}
          value={yaml}
          onChange={(event) => setYaml(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void submit();
          }}
        />
        <div className="actions">
          <button type="button" onClick={() => void submit()} disabled={isSending}>
            {isSending ? "Submitting…" : "Submit"}
          </button>
          <button type="button" className="secondary" onClick={() => setYaml(starter)}>
            Reset
          </button>
          <span className="hint-text">Ctrl+Enter submits</span>
        </div>
        <div aria-live="polite">
          {requestError && (
            <p className="error-banner" role="alert">
              {requestError}
            </p>
          )}
          {current && <SubmissionResult submission={current} />}
        </div>
        {history.length > 0 && <History submissions={history} />}
      </section>
    </div>
  );
}

/** Renders `backticked` spans of a prompt as code; full Markdown arrives with the lesson pages. */
function InlineCode({ text }: { text: string }) {
  return text.split("`").map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}

function SubmissionResult({ submission }: { submission: SubmissionView }) {
  if (submission.status === "queued" || submission.status === "running") {
    return (
      <div className="verdict" data-status={submission.status}>
        <h2>{submission.status === "queued" ? "Waiting for a grader…" : "Grading…"}</h2>
      </div>
    );
  }
  if (submission.status === "failed" || !submission.verdict) {
    return (
      <div className="verdict failed" data-status="failed">
        <h2 className="status-failed">Not graded</h2>
        <p>{submission.failureMessage}</p>
      </div>
    );
  }
  return <VerdictView verdict={submission.verdict} />;
}

function VerdictView({ verdict }: { verdict: Verdict }) {
  const percent = verdict.score;
  return (
    <div className={`verdict ${verdict.passed ? "passed" : "failed"}`} data-status="graded" aria-label="Verdict">
      <h2 className={verdict.passed ? "status-passed" : "status-failed"}>
        {verdict.passed ? "Passed" : verdict.admitted ? "Not yet" : "Rejected by the API server"} · {percent}%
      </h2>
      <ul className="problems" aria-label="Checks">
        {verdict.checks.map((check) => (
          <li key={check.id} className="check">
            <span aria-hidden>{check.passed ? "✔" : "✘"}</span>
            <span>
              <strong>{check.title.en}</strong> — {check.message}
              {check.hint && <span className="hint">Hint: {check.hint.en}</span>}
            </span>
          </li>
        ))}
      </ul>
      <ProblemList title="Errors" problems={verdict.errors} />
      <ProblemList title="Warnings" problems={verdict.warnings} />
    </div>
  );
}

function ProblemList({ title, problems }: { title: string; problems: Verdict["errors"] }) {
  if (problems.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="problems" aria-label={title}>
        {problems.map((problem, index) => (
          <li key={`${index}-${problem.message}`}>
            {problem.line !== null && (
              <span className="where">
                line {problem.line}:{problem.column}
              </span>
            )}
            {problem.message}
            {problem.hint && <span className="hint">{problem.hint}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

function History({ submissions }: { submissions: SubmissionView[] }) {
  return (
    <section className="history" aria-label="Your submissions">
      <h3>Your submissions</h3>
      <table>
        <thead>
          <tr>
            <th>Submitted</th>
            <th>Status</th>
            <th>Score</th>
          </tr>
        </thead>
        <tbody>
          {submissions.map((submission) => (
            <tr key={submission.id}>
              <td>{new Date(submission.queuedAt).toLocaleString()}</td>
              <td>{submission.status}</td>
              <td>{submission.score === null ? "—" : `${Math.round(submission.score)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

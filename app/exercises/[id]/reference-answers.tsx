"use client";

import { useState } from "react";
import type { Language } from "@/app/_components/language/language.ts";
import type { ReferenceRun } from "@/lib/lessons/run-reference-answers.ts";
import { type AuthoringText, authoringText } from "./authoring-text.ts";
import { checkMessageText } from "./check-messages/check-message-text.ts";

type Props = { exerciseId: string; language: Language };

type State = { kind: "idle" } | { kind: "running" } | { kind: "done"; runs: ReferenceRun[] } | { kind: "error"; message: string };

async function fetchRuns(exerciseId: string): Promise<State> {
  try {
    const response = await fetch(`/api/exercises/${encodeURIComponent(exerciseId)}/reference-answers`, { method: "POST" });
    const body = (await response.json()) as { runs?: ReferenceRun[]; error?: { message: string } };
    if (response.ok && body.runs) return { kind: "done", runs: body.runs };
    return { kind: "error", message: body.error?.message ?? `HTTP ${response.status}` };
  } catch {
    return { kind: "error", message: "The site could not be reached. Check the connection and try again." };
  }
}

/** An author's panel: grades the exercise's reference answers on the workers and shows each verdict. */
export function ReferenceAnswers({ exerciseId, language }: Props) {
  const text = authoringText(language);
  const [state, setState] = useState<State>({ kind: "idle" });
  const run = async () => {
    setState({ kind: "running" });
    setState(await fetchRuns(exerciseId));
  };
  return (
    <section className="reference-answers" aria-labelledby="reference-answers-title">
      <h2 id="reference-answers-title">{text.referenceTitle}</h2>
      <p className="muted">{text.referenceLead}</p>
      <button type="button" onClick={run} disabled={state.kind === "running"}>
        {text.run}
      </button>
      <p role="status" className="reference-status">
        {statusLine(state, text)}
      </p>
      {state.kind === "done" && (
        <ol className="reference-runs">
          {state.runs.map((run) => (
            <RunView key={`${run.kind}-${run.number}`} run={run} text={text} language={language} />
          ))}
        </ol>
      )}
    </section>
  );
}

function statusLine(state: State, text: AuthoringText): string {
  if (state.kind === "running") return text.running;
  if (state.kind === "error") return state.message;
  if (state.kind !== "done") return "";
  const bad = state.runs.filter((run) => !run.isAsDeclared).length;
  return bad === 0 ? text.allAsDeclared(state.runs.length) : text.someNotAsDeclared(bad, state.runs.length);
}

function RunView({ run, text, language }: { run: ReferenceRun; text: AuthoringText; language: Language }) {
  const name = run.kind === "solution" ? text.solution(run.number) : text.wrongAnswer(run.number);
  const list = (ids: string[]) => (ids.length === 0 ? text.none : ids.join(", "));
  return (
    <li className="reference-run" data-as-declared={run.isAsDeclared}>
      <h3>
        {name}: <span className="reference-outcome">{run.isAsDeclared ? `✓ ${text.asDeclared}` : `✗ ${text.notAsDeclared}`}</span>
      </h3>
      {run.why && <p className="muted">{run.why}</p>}
      <p>{run.kind === "solution" && run.isAsDeclared ? text.passesAll : `${text.declaredFails(list(run.expected))} ${text.fails(list(run.failed))}`}</p>
      <ul className="checks">
        {run.checks.map((check) => (
          <li key={check.id} className="check" data-passed={check.passed}>
            <span className="check-mark" aria-hidden="true">
              {check.passed ? "✓" : "✗"}
            </span>
            <span>
              <span className="visually-hidden">{check.passed ? text.passed : text.failed}: </span>
              {check.title[language]} <code>{check.id}</code>
              {!check.passed && <span className="check-message">{checkMessageText(check, language)}</span>}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}

"use client";
// The cohort forms: students join with a code, instructors create a cohort. Each posts JSON to
// its route handler and says how it went in a live region.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { Language } from "@/app/_components/language/language.ts";
import { cohortsText } from "./cohorts-text.ts";

type Answer<T> = { ok: true; body: T } | { ok: false; message: string };

/** POSTs `body` as JSON to `url`; a refusal becomes the server's sentence, no connection `offline`. */
async function postJson<T>(url: string, body: unknown, offline: string): Promise<Answer<T>> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const json = (await response.json()) as T & { error?: { message: string } };
    return response.ok ? { ok: true, body: json } : { ok: false, message: json.error?.message ?? `HTTP ${response.status}` };
  } catch {
    return { ok: false, message: offline };
  }
}

type Joined = { cohortId: string; name: string; wasMember: boolean };

/** The join-code form; on success names the cohort and links to its board. */
export function JoinCohortForm({ language, initialCode = "" }: { language: Language; initialCode?: string }) {
  const text = cohortsText(language);
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [isBusy, setBusy] = useState(false);
  const [result, setResult] = useState<Answer<Joined> | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const answer = await postJson<Joined>("/api/cohorts/join", { code }, text.offline);
    setResult(answer);
    setBusy(false);
    if (answer.ok) router.refresh();
  };

  return (
    <form className="cohort-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor="join-code">{text.joinCode}</label>
      <div className="cohort-form-row">
        <input
          id="join-code"
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          required
          maxLength={32}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="join-code-input"
        />
        <button type="submit" disabled={isBusy}>
          {isBusy ? text.joining : text.join}
        </button>
      </div>
      <p role="status" aria-live="polite" className="cohort-status">
        {result?.ok === false && result.message}
        {result?.ok && (
          <>
            {result.body.wasMember ? text.alreadyIn(result.body.name) : text.joined(result.body.name)}{" "}
            <Link href={`/leaderboard?cohort=${encodeURIComponent(result.body.cohortId)}`}>{text.seeBoard}</Link>
          </>
        )}
      </p>
    </form>
  );
}

/** The instructor's form for a new cohort; on success opens its page. */
export function CreateCohortForm({ language }: { language: Language }) {
  const text = cohortsText(language);
  const router = useRouter();
  const [name, setName] = useState("");
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState("");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage("");
    const answer = await postJson<{ id: string }>("/api/cohorts", { name }, text.offline);
    if (answer.ok) {
      router.push(`/cohorts/${encodeURIComponent(answer.body.id)}`);
      return;
    }
    setMessage(answer.message);
    setBusy(false);
  };

  return (
    <form className="cohort-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor="cohort-name">{text.cohortName}</label>
      <div className="cohort-form-row">
        <input id="cohort-name" name="name" value={name} onChange={(event) => setName(event.target.value)} required maxLength={80} autoComplete="off" />
        <button type="submit" disabled={isBusy}>
          {isBusy ? text.creating : text.create}
        </button>
      </div>
      <p role="status" aria-live="polite" className="cohort-status">
        {message}
      </p>
    </form>
  );
}

"use client";

import { useState } from "react";
import type { Language } from "@/app/_components/language/language.ts";
import { cohortsText } from "../cohorts-text.ts";

/** The cohort's join code, with a button that replaces it; the outcome goes to a live region. */
export function JoinCodePanel({ cohortId, joinCode, language }: { cohortId: string; joinCode: string; language: Language }) {
  const text = cohortsText(language);
  const [code, setCode] = useState(joinCode);
  const [isBusy, setBusy] = useState(false);
  const [status, setStatus] = useState("");

  const regenerate = async () => {
    setBusy(true);
    try {
      const response = await fetch(`/api/cohorts/${encodeURIComponent(cohortId)}/join-code`, { method: "POST" });
      const body = (await response.json()) as { joinCode?: string; error?: { message: string } };
      if (response.ok && body.joinCode) {
        setCode(body.joinCode);
        setStatus(text.newCodeSaved(body.joinCode));
      } else {
        setStatus(body.error?.message ?? `HTTP ${response.status}`);
      }
    } catch {
      setStatus(text.offline);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="join-code-panel" aria-labelledby="join-code-heading">
      <h2 id="join-code-heading">{text.codeHeading}</h2>
      <p className="join-code" data-testid="join-code">
        {code}
      </p>
      <p className="hint-text">{text.codeHelp}</p>
      <button type="button" className="secondary" onClick={() => void regenerate()} disabled={isBusy}>
        {text.newCode}
      </button>
      <p role="status" aria-live="polite" className="cohort-status">
        {status}
      </p>
    </section>
  );
}

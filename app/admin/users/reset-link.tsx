"use client";
// An account's "Reset link" button on the admins' user list: asks the server for a one-time link
// that sets a new password and shows it, selected, with a Copy button, to hand to the person.
import { useState } from "react";
import { htmlLang, type Language } from "@/app/_components/language/language.ts";
import { usersText } from "./users-text.ts";

type Link = { url: string; expiresAt: string };

/** The button, and the link once made; `onStatus` reports to the page's live region. */
export function ResetLink({ userId, email, language, onStatus }: { userId: string; email: string; language: Language; onStatus: (text: string) => void }) {
  const text = usersText(language);
  const [link, setLink] = useState<Link | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  // With the date: a link made before midnight expires the next day.
  const until = (link: Link) => new Intl.DateTimeFormat(htmlLang(language), { dateStyle: "medium", timeStyle: "short" }).format(new Date(link.expiresAt));

  const make = async () => {
    setIsBusy(true);
    try {
      const response = await fetch(`/api/admin/users/${encodeURIComponent(userId)}/password-reset-link`, { method: "POST" });
      const body = (await response.json()) as Partial<Link> & { error?: { message: string } };
      if (response.ok && body.url && body.expiresAt) {
        const made = { url: body.url, expiresAt: body.expiresAt };
        setLink(made);
        onStatus(text.resetLinkMade(email, until(made)));
      } else {
        onStatus(body.error?.message ?? `HTTP ${response.status}`);
      }
    } catch {
      onStatus(text.offline);
    } finally {
      setIsBusy(false);
    }
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      onStatus(text.copied);
    } catch {
      onStatus(text.copyFailed);
    }
  };

  const inputId = `reset-link-${userId}`;
  return (
    <>
      <button type="button" onClick={() => void make()} disabled={isBusy} aria-label={`${text.resetLink}: ${email}`}>
        {text.resetLink}
      </button>
      {link && (
        <div className="reset-link">
          <label htmlFor={inputId}>{text.resetLinkFor(email, until(link))}</label>
          <div className="reset-link-row">
            <input id={inputId} type="text" readOnly value={link.url} onFocus={(event) => event.currentTarget.select()} />
            <button type="button" onClick={() => void copy()}>
              {text.copy}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { AccountForm } from "@/app/_components/account/account-form.tsx";
import { accountChangedEvent } from "@/app/_components/account/account-menu.tsx";
import { accountText } from "@/app/_components/account/account-text.ts";
import { postAuth } from "@/app/_components/account/post-auth.ts";
import type { Language } from "@/app/_components/language/language.ts";

type Props = { language: Language; displayName: string; isHidden: boolean };

/** The learner's own settings: the display name leaderboards show, or being left off them. */
export function ProfileSettings({ language, displayName, isHidden }: Props) {
  const text = accountText(language);
  const router = useRouter();
  const [hidden, setHidden] = useState(isHidden);
  const [savedAt, setSavedAt] = useState(0);
  return (
    <>
      <AccountForm
        text={text}
        submitLabel={text.save}
        fields={[{ name: "name", kind: "display-name", label: text.displayName, help: text.displayNameHelp, defaultValue: displayName }]}
        send={({ name }) => {
          setSavedAt(0);
          return postAuth("/update-user", { name: name!.trim(), hiddenFromLeaderboard: hidden });
        }}
        onDone={() => {
          setSavedAt(Date.now());
          window.dispatchEvent(new Event(accountChangedEvent));
          router.refresh();
        }}
      >
        <label className="check">
          <input type="checkbox" checked={hidden} onChange={(event) => setHidden(event.target.checked)} />
          {text.hideFromLeaderboards}
        </label>
      </AccountForm>
      <p role="status" className="muted">
        {savedAt > 0 ? text.saved : ""}
      </p>
    </>
  );
}

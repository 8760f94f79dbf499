"use client";

import { useState } from "react";
import { AccountForm } from "@/app/_components/account/account-form.tsx";
import { accountText } from "@/app/_components/account/account-text.ts";
import { postAuth } from "@/app/_components/account/post-auth.ts";
import type { Language } from "@/app/_components/language/language.ts";
import { passwordLimits } from "@/lib/auth/password-limits.ts";

/** Current and new password; by default every other session is signed out too. */
export function ChangePasswordForm({ language }: { language: Language }) {
  const text = accountText(language);
  const [isDone, setIsDone] = useState(false);
  const [revokeOthers, setRevokeOthers] = useState(true);
  if (isDone) {
    return (
      <p className="notice" role="status">
        {text.passwordChanged}
      </p>
    );
  }
  return (
    <AccountForm
      text={text}
      submitLabel={text.changePassword}
      fields={[
        { name: "currentPassword", kind: "current-password", label: text.currentPassword },
        { name: "newPassword", kind: "new-password", label: text.newPassword, help: text.passwordHelp(passwordLimits.min) },
      ]}
      send={({ currentPassword, newPassword }) => postAuth("/change-password", { currentPassword, newPassword, revokeOtherSessions: revokeOthers })}
      onDone={() => setIsDone(true)}
    >
      <label className="check">
        <input type="checkbox" checked={revokeOthers} onChange={(event) => setRevokeOthers(event.target.checked)} />
        {text.signOutOthers}
      </label>
    </AccountForm>
  );
}

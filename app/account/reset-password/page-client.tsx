"use client";

import Link from "next/link";
import { useState } from "react";
import { AccountForm } from "@/app/_components/account/account-form.tsx";
import { accountText } from "@/app/_components/account/account-text.ts";
import { postAuth } from "@/app/_components/account/post-auth.ts";
import type { Language } from "@/app/_components/language/language.ts";
import { passwordLimits } from "@/lib/auth/password-limits.ts";

/** The new password, sent with the link's token; then a pointer to signing in. */
export function ResetPasswordForm({ language, token }: { language: Language; token: string }) {
  const text = accountText(language);
  const [isDone, setIsDone] = useState(false);
  if (isDone) {
    return (
      <p className="notice" role="status">
        {text.resetDone} <Link href="/sign-in">{text.signIn}</Link>
      </p>
    );
  }
  return (
    <AccountForm
      text={text}
      submitLabel={text.resetSubmit}
      fields={[{ name: "newPassword", kind: "new-password", label: text.newPassword, help: text.passwordHelp(passwordLimits.min) }]}
      send={({ newPassword }) => postAuth("/reset-password", { newPassword, token })}
      onDone={() => setIsDone(true)}
    />
  );
}

"use client";

import { useRouter } from "next/navigation";
import { AccountForm } from "@/app/_components/account/account-form.tsx";
import { accountText } from "@/app/_components/account/account-text.ts";
import { postAuth } from "@/app/_components/account/post-auth.ts";
import type { Language } from "@/app/_components/language/language.ts";
import { passwordLimits } from "@/lib/auth/password-limits.ts";

/** The sign-up form; the new account is signed in and sent to `next`. */
export function SignUpForm({ language, next }: { language: Language; next: string }) {
  const text = accountText(language);
  const router = useRouter();
  return (
    <AccountForm
      text={text}
      submitLabel={text.signUp}
      fields={[
        { name: "name", kind: "display-name", label: text.displayName, help: text.displayNameHelp },
        { name: "email", kind: "email", label: text.email },
        { name: "password", kind: "new-password", label: text.password, help: text.passwordHelp(passwordLimits.min) },
      ]}
      send={({ name, email, password }) => postAuth("/sign-up/email", { name: name!.trim(), email: email!.trim(), password })}
      onDone={() => {
        router.replace(next);
        router.refresh();
      }}
    />
  );
}

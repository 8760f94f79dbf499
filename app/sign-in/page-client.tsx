"use client";

import { useRouter } from "next/navigation";
import { AccountForm } from "@/app/_components/account/account-form.tsx";
import { accountText } from "@/app/_components/account/account-text.ts";
import { postAuth } from "@/app/_components/account/post-auth.ts";
import type { Language } from "@/app/_components/language/language.ts";

/** The sign-in form; on success it goes to `next` (already checked to be a path on this site). */
export function SignInForm({ language, next }: { language: Language; next: string }) {
  const text = accountText(language);
  const router = useRouter();
  return (
    <AccountForm
      text={text}
      submitLabel={text.signIn}
      fields={[
        { name: "email", kind: "email", label: text.email },
        { name: "password", kind: "current-password", label: text.password },
      ]}
      send={({ email, password }) => postAuth("/sign-in/email", { email: email!.trim(), password, rememberMe: true })}
      onDone={() => {
        router.replace(next);
        router.refresh();
      }}
    />
  );
}

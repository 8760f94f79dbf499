// /account/reset-password: where a reset link lands (better-auth's /api/auth/reset-password/TOKEN
// redirects here with `?token=`, or `?error=INVALID_TOKEN` when the link is used or expired).
// Open to anyone holding a live link; a dead one gets a sentence saying what to do instead.
import type { Metadata } from "next";
import Link from "next/link";
import { accountText } from "@/app/_components/account/account-text.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { isResetLinkLive } from "@/app/_data/password-reset.ts";
import { ResetPasswordForm } from "./page-client.tsx";

type Props = { searchParams: Promise<{ token?: string | string[]; error?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  // The address holds the token: no search engine, and no Referer to the pages linked from here.
  return { title: accountText(await getLanguage()).resetTitle, robots: { index: false }, referrer: "no-referrer" };
}

/** Sets a new password with the token of a reset link. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token, error } = await searchParams;
  const language = await getLanguage();
  const text = accountText(language);
  const isLive = typeof token === "string" && error === undefined && (await isResetLinkLive(token));
  return (
    <div className="account-page">
      <h1>{text.resetTitle}</h1>
      {isLive ? (
        <>
          <p className="lead">{text.resetLead}</p>
          <ResetPasswordForm language={language} token={token} />
        </>
      ) : (
        <>
          <p className="error-banner">{text.errors.resetLinkDead}</p>
          <p>
            <Link href="/sign-in">{text.signIn}</Link>
          </p>
        </>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeReturnPath, signUpHref } from "@/app/_components/account/account-links.ts";
import { accountText } from "@/app/_components/account/account-text.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import { SignInForm } from "./page-client.tsx";

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: accountText(await getLanguage()).signIn };
}

/** Sign in with email and password, then go back to `next` (an exercise, say). */
export default async function SignInPage({ searchParams }: Props) {
  const rawNext = (await searchParams).next;
  const next = safeReturnPath(typeof rawNext === "string" ? rawNext : undefined);
  if (await getViewer()) redirect(next);
  const language = await getLanguage();
  const text = accountText(language);
  return (
    <div className="account-page">
      <h1>{text.signInTitle}</h1>
      <p className="lead">{text.signInLead}</p>
      <SignInForm language={language} next={next} />
      <p className="muted">{text.forgotPassword}</p>
      <p>
        {text.noAccount} <Link href={signUpHref(next)}>{text.signUp}</Link>
      </p>
    </div>
  );
}

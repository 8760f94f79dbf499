import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeReturnPath, signInHref } from "@/app/_components/account/account-links.ts";
import { accountText } from "@/app/_components/account/account-text.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import { SignUpForm } from "./page-client.tsx";

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: accountText(await getLanguage()).signUp };
}

/** Create a student account and stay signed in, then go back to `next`. */
export default async function SignUpPage({ searchParams }: Props) {
  const rawNext = (await searchParams).next;
  const next = safeReturnPath(typeof rawNext === "string" ? rawNext : undefined);
  if (await getViewer()) redirect(next);
  const language = await getLanguage();
  const text = accountText(language);
  return (
    <div className="account-page">
      <h1>{text.signUpTitle}</h1>
      <p className="lead">{text.signUpLead}</p>
      <SignUpForm language={language} next={next} />
      <p>
        {text.haveAccount} <Link href={signInHref(next)}>{text.signIn}</Link>
      </p>
    </div>
  );
}

// /cohorts/join: the page an instructor sends students to; `?code=` fills the code in, so a link
// can carry it. Signed out: sign in, then back here with the code.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signInHref } from "@/app/_components/account/account-links.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import "@/app/_styles/cohorts.css";
import { cohortsText } from "../cohorts-text.ts";
import { JoinCohortForm } from "../page-client.tsx";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: cohortsText(await getLanguage()).joinTitle, robots: { index: false } };
}

export default async function JoinCohortPage({ searchParams }: Props) {
  const raw = (await searchParams).code;
  const code = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 32) ?? "";
  const viewer = await getViewer();
  if (!viewer) redirect(signInHref(code ? `/cohorts/join?code=${encodeURIComponent(code)}` : "/cohorts/join"));
  const language = await getLanguage();
  const text = cohortsText(language);
  return (
    <div className="cohorts-page">
      <h1>{text.joinTitle}</h1>
      <p className="lead">{text.joinLead}</p>
      <JoinCohortForm language={language} initialCode={code} />
      <p>
        <Link href="/cohorts">{text.yourCohorts}</Link>
      </p>
    </div>
  );
}

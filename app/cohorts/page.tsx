// /cohorts: everyone signed in joins cohorts here and sees the ones they are in; instructors
// also create cohorts and open the ones they teach (admins: every cohort). Signed out: sign in.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signInHref } from "@/app/_components/account/account-links.ts";
import { listOwnCohorts } from "@/app/_data/cohorts.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import "@/app/_styles/cohorts.css";
import { cohortsText } from "./cohorts-text.ts";
import { CreateCohortForm, JoinCohortForm } from "./page-client.tsx";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: cohortsText(await getLanguage()).title, robots: { index: false } };
}

export default async function CohortsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect(signInHref("/cohorts"));
  const language = await getLanguage();
  const text = cohortsText(language);
  const own = await listOwnCohorts(viewer);
  return (
    <div className="cohorts-page">
      <h1>{text.title}</h1>
      <p className="lead">{text.lead}</p>
      {own.canCreate && (
        <section aria-labelledby="teaching-heading">
          <h2 id="teaching-heading">{viewer.role === "admin" ? text.allCohorts : text.teaching}</h2>
          {own.teaching.length === 0 ? (
            <p>{text.noneTeaching}</p>
          ) : (
            <ul className="cohort-list">
              {own.teaching.map((cohort) => (
                <li key={cohort.id}>
                  <Link href={`/cohorts/${encodeURIComponent(cohort.id)}`}>{cohort.name}</Link>{" "}
                  <span className="muted">
                    · {text.students(cohort.memberCount)}
                    {viewer.role === "admin" && ` · ${text.taughtBy(cohort.instructorName)}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h3>{text.createTitle}</h3>
          <CreateCohortForm language={language} />
        </section>
      )}
      <section aria-labelledby="member-heading">
        <h2 id="member-heading">{text.yourCohorts}</h2>
        {own.memberOf.length === 0 ? (
          <p>{text.noCohorts}</p>
        ) : (
          <ul className="cohort-list">
            {own.memberOf.map((cohort) => (
              <li key={cohort.id}>
                <Link href={`/leaderboard?cohort=${encodeURIComponent(cohort.id)}`}>{cohort.name}</Link>
              </li>
            ))}
          </ul>
        )}
        <h3>{text.joinTitle}</h3>
        <p className="hint-text">{text.joinLead}</p>
        <JoinCohortForm language={language} />
      </section>
    </div>
  );
}

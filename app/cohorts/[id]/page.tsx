// /cohorts/[id]: a cohort's page for its instructor and admins: the join code, the students ×
// exercises matrix of best scores (and its CSV), each exercise's pass rate and median attempts to
// pass, and the checks failed most often. Anyone else, other instructors included, gets 404;
// signed out: sign in first.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { signInHref } from "@/app/_components/account/account-links.ts";
import { getCohortPage } from "@/app/_data/cohorts.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import "@/app/_styles/cohorts.css";
import { cohortsText } from "../cohorts-text.ts";
import { ExerciseFigures, FailedChecks, ScoreMatrix } from "./cohort-tables.tsx";
import { JoinCodePanel } from "./page-client.tsx";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: cohortsText(await getLanguage()).title, robots: { index: false } };
}

export default async function CohortPage({ params }: Props) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(signInHref(`/cohorts/${encodeURIComponent(id)}`));
  if (!/^[\w-]{1,64}$/.test(id)) notFound();
  const cohort = await getCohortPage(viewer, id);
  if (!cohort) notFound();
  const language = await getLanguage();
  const text = cohortsText(language);
  return (
    <div className="cohort-page">
      <p>
        <Link href="/cohorts">{text.backToCohorts}</Link>
      </p>
      <h1>{cohort.name}</h1>
      <p className="lead">
        {text.taughtBy(cohort.instructorName)} · {text.students(cohort.report.students.length)}
      </p>
      <p>
        <Link href={`/leaderboard?cohort=${encodeURIComponent(cohort.id)}`}>{text.leaderboardLink}</Link>
      </p>
      <JoinCodePanel cohortId={cohort.id} joinCode={cohort.joinCode} language={language} />
      <h2>{text.matrixTitle}</h2>
      {cohort.report.students.length === 0 ? (
        <p>{text.noStudents}</p>
      ) : (
        <>
          <p>
            <a href={`/api/cohorts/${encodeURIComponent(cohort.id)}/matrix.csv`} download>
              {text.downloadCsv}
            </a>
          </p>
          <ScoreMatrix report={cohort.report} language={language} />
        </>
      )}
      <h2 id="exercises-heading">{text.exercisesTitle}</h2>
      <ExerciseFigures report={cohort.report} language={language} />
      <h2 id="failed-heading">{text.failedTitle}</h2>
      <FailedChecks report={cohort.report} language={language} />
    </div>
  );
}

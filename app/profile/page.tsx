import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signInHref } from "@/app/_components/account/account-links.ts";
import { type AccountText, accountText } from "@/app/_components/account/account-text.ts";
import { getExercise } from "@/app/_data/curriculum.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { type ActivityItem, getOwnProfile } from "@/app/_data/progress.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import "@/app/_styles/account.css";
import { cohortsText } from "@/app/cohorts/cohorts-text.ts";
import { ProfileSettings } from "./profile-settings.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: accountText(await getLanguage()).profile };
}

function resultOf(item: ActivityItem, text: AccountText): string {
  if (item.status !== "graded") return text.resultWords[item.status];
  const word = item.passed ? text.resultWords.passed : text.resultWords.notYet;
  return item.score === null ? word : `${word} · ${text.score(item.score)}`;
}

/** The signed-in learner's progress: solved exercises, points, streak and recent submissions. */
export default async function ProfilePage() {
  const viewer = await getViewer();
  if (!viewer) redirect(signInHref("/profile"));
  const language = await getLanguage();
  const text = accountText(language);
  const profile = await getOwnProfile(viewer);
  const dateFormat = new Intl.DateTimeFormat(language === "zh" ? "zh-CN" : "en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <div className="profile-page">
      <h1>{viewer.displayName}</h1>
      <p className="lead">{viewer.email}</p>
      <dl className="profile-stats">
        <div>
          <dt>{text.solved}</dt>
          <dd>{profile.solvedCount}</dd>
        </div>
        <div>
          <dt>{text.points}</dt>
          <dd>{profile.points}</dd>
        </div>
        <div>
          <dt title={text.streakHelp}>{text.streak}</dt>
          <dd>{profile.streakDays}</dd>
        </div>
      </dl>
      <h2>{text.recentActivity}</h2>
      {profile.recent.length === 0 ? (
        <p>
          <Link href="/">{text.noActivity}</Link>
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{text.exercise}</th>
              <th scope="col">{text.result}</th>
              <th scope="col">{text.submitted}</th>
            </tr>
          </thead>
          <tbody>
            {profile.recent.map((item) => (
              <tr key={item.submissionId}>
                <td>
                  <Link href={`/exercises/${encodeURIComponent(item.exerciseId)}`}>
                    {getExercise(item.exerciseId)?.exercise.title[language] ?? item.exerciseId}
                  </Link>
                </td>
                <td>{resultOf(item, text)}</td>
                <td>{dateFormat.format(new Date(item.queuedAt))} UTC</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{text.settings}</h2>
      <ProfileSettings language={language} displayName={viewer.displayName} isHidden={viewer.isHiddenFromLeaderboard} />
      <p>
        <Link href="/account/password">{text.changePassword}</Link>
      </p>
      <p>
        <Link href="/cohorts">{viewer.role === "student" ? cohortsText(language).profileLink : cohortsText(language).profileTeachLink}</Link>
      </p>
    </div>
  );
}

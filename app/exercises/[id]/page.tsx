// One exercise: the prompt in the learner's language, the editor workspace (page-client.tsx) and,
// drawn here on the server, the timeline of each scenario of the latest graded submission. The
// client calls router.refresh() when a verdict arrives, which re-renders this page with it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { lessonHref } from "@/app/_components/language/language.ts";
import { LanguageSync } from "@/app/_components/language/language-sync.tsx";
import { getExercise } from "@/app/_data/curriculum.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { listOwnSubmissions } from "@/app/_data/submissions.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import { signInHref } from "@/app/_components/account/account-links.ts";
import { exerciseText } from "./exercise-text.ts";
import { ExerciseWorkspace } from "./page-client.tsx";
import { PromptView } from "./prompt-view.tsx";
import { ScenarioTimelines } from "./scenario-timelines.tsx";
import { summarize } from "./submission-summary.ts";
import "@/app/_styles/exercise.css";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getExercise((await params).id);
  const language = await getLanguage();
  return { title: found?.exercise.title[language] ?? "Exercise" };
}

export default async function ExercisePage({ params }: Props) {
  const found = getExercise((await params).id);
  if (!found) notFound();
  const { lesson, exercise } = found;
  const language = await getLanguage();
  const text = exerciseText(language);
  const viewer = await getViewer();
  const history = viewer ? await listOwnSubmissions(viewer.id, exercise.id) : [];
  const latestGraded = history.find((submission) => submission.status === "graded" && submission.verdict !== null);
  const untilMsOf = Object.fromEntries(exercise.gradable.scenarios.map((scenario) => [scenario.id, scenario.until]));
  const timeline = latestGraded?.verdict ? (
    <ScenarioTimelines traces={latestGraded.verdict.traces} untilMsOf={untilMsOf} language={language} tabsLabel={text.scenarios} />
  ) : null;
  return (
    <div className="exercise-page">
      <LanguageSync language={language} />
      <p className="exercise-crumb">
        <Link href={lessonHref(lesson.id, language)}>{text.lesson(lesson.position, lesson.title[language])}</Link>
      </p>
      <h1>{exercise.title[language]}</h1>
      <ExerciseWorkspace
        key={exercise.id}
        exerciseId={exercise.id}
        language={language}
        prompt={<PromptView markdown={exercise.prompt[language]} />}
        starter={exercise.starter}
        history={history.map(summarize)}
        timeline={timeline}
        timelineSubmissionId={latestGraded?.id ?? null}
        signInToSubmitHref={viewer ? null : signInHref(`/exercises/${encodeURIComponent(exercise.id)}`)}
      />
    </div>
  );
}

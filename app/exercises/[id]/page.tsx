// One exercise: the prompt in the learner's language, the editor workspace (page-client.tsx) and,
// drawn here on the server, the timeline of each scenario of the latest graded submission. The
// client calls router.refresh() when a verdict arrives, which re-renders this page with it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { lessonHref } from "@/app/_components/language/language.ts";
import { LanguageSync } from "@/app/_components/language/language-sync.tsx";
import { uiText } from "@/app/_components/language/ui-text.ts";
import { getExerciseFor } from "@/app/_data/curriculum.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { listOwnSubmissions } from "@/app/_data/submissions.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import { signInHref } from "@/app/_components/account/account-links.ts";
import { isAuthor } from "@/lib/lessons/visible-curriculum.ts";
import { BrokenExerciseView } from "./broken-exercise-view.tsx";
import { exerciseText } from "./exercise-text.ts";
import { ExerciseWorkspace } from "./page-client.tsx";
import { PromptView } from "./prompt-view.tsx";
import { ReferenceAnswers } from "./reference-answers.tsx";
import { ScenarioTimelines } from "./scenario-timelines.tsx";
import { summarize } from "./submission-summary.ts";
import "@/app/_styles/exercise.css";
import "@/app/_styles/authoring.css";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getExerciseFor((await params).id, await getViewer());
  const language = await getLanguage();
  return { title: found?.kind === "exercise" ? found.exercise.title[language] : "Exercise" };
}

export default async function ExercisePage({ params }: Props) {
  const viewer = await getViewer();
  // Drafts exist only for instructors and admins: for anyone else, no such page.
  const found = getExerciseFor((await params).id, viewer);
  if (!found) notFound();
  const language = await getLanguage();
  if (found.kind === "broken") return <BrokenExerciseView broken={found.broken} isAuthor={isAuthor(viewer?.role)} language={language} />;
  const { lesson, exercise } = found;
  const text = exerciseText(language);
  const { submissions: history, nextCursor, olderYaml } = viewer
    ? await listOwnSubmissions(viewer.id, exercise.id)
    : { submissions: [], nextCursor: null, olderYaml: null };
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
      <h1>
        {exercise.title[language]}
        {(exercise.draft || lesson.draft) && <span className="badge badge-draft">{uiText(language).draft}</span>}
      </h1>
      <ExerciseWorkspace
        key={exercise.id}
        exerciseId={exercise.id}
        language={language}
        prompt={<PromptView markdown={exercise.prompt[language]} />}
        starter={exercise.starter}
        history={history.map(summarize)}
        historyTail={{ nextCursor, olderYaml }}
        timeline={timeline}
        timelineSubmissionId={latestGraded?.id ?? null}
        signInToSubmitHref={viewer ? null : signInHref(`/exercises/${encodeURIComponent(exercise.id)}`)}
      />
      {isAuthor(viewer?.role) && <ReferenceAnswers exerciseId={exercise.id} language={language} />}
    </div>
  );
}

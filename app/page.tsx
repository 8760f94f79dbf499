import type { Metadata } from "next";
import Link from "next/link";
import { LanguageSync } from "./_components/language/language-sync.tsx";
import { uiText } from "./_components/language/ui-text.ts";
import { accountText } from "./_components/account/account-text.ts";
import { getLanguage } from "./_data/language.ts";
import { listLessonCards } from "./_data/lesson-pages.ts";
import { listSolvedExerciseIds } from "./_data/progress.ts";
import { getViewer } from "./_data/viewer.ts";
import "./_styles/home.css";
import "./_styles/account.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: { absolute: "PodLab" }, description: uiText(await getLanguage()).homeLead };
}

/**
 * The course home: every lesson in order with its summary and exercises, in the remembered
 * language; for a signed-in learner, how much of each lesson they have solved.
 */
export default async function HomePage() {
  const language = await getLanguage();
  const text = uiText(language);
  const viewer = await getViewer();
  const lessons = listLessonCards(language, viewer);
  const solved = viewer ? await listSolvedExerciseIds(viewer) : null;
  const { lessonCompletion, resultWords } = accountText(language);
  return (
    <div className="course-home">
      <LanguageSync language={language} />
      <div className="course-intro">
        <h1>{text.homeTitle}</h1>
        <p className="lead">{text.homeLead}</p>
      </div>
      <h2 className="visually-hidden">{text.lessonsHeading}</h2>
      <ol className="course-lessons">
        {lessons.map((lesson) => (
          <li key={lesson.id} className="course-lesson">
            <span className="course-lesson-number" aria-hidden="true">
              {lesson.position}
            </span>
            <div className="course-lesson-body">
              <h3>
                <Link href={lesson.href}>{lesson.title}</Link>
                {lesson.isDraft && <span className="badge badge-draft">{text.draft}</span>}
              </h3>
              {lesson.summary && <p className="course-lesson-summary">{lesson.summary}</p>}
              {solved && lesson.exercises.length > 0 && (
                <p className="lesson-completion muted">
                  {lessonCompletion(lesson.exercises.filter((exercise) => solved.has(exercise.id)).length, lesson.exercises.length)}
                </p>
              )}
              {lesson.exercises.length > 0 && (
                <ul className="exercise-links" aria-label={text.exercisesOf(lesson.title)}>
                  {lesson.exercises.map((exercise) => (
                    <li key={exercise.id}>
                      <Link href={exercise.href}>{exercise.title}</Link>
                      {exercise.isDraft && <span className="badge badge-draft">{text.draft}</span>}
                      {solved?.has(exercise.id) && <span className="badge difficulty-easy">✓ {resultWords.passed}</span>}
                      <span className={`badge difficulty-${exercise.difficulty}`}>{text.difficulty[exercise.difficulty]}</span>
                      <span className="badge">{text.points(exercise.points)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

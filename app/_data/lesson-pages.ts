import "server-only";
import type { Language } from "@/app/_components/language/language.ts";
import { lessonHref } from "@/app/_components/language/language.ts";
import { lessonSummary } from "@/app/_components/markdown/lesson-summary.ts";
import { type RenderedMarkdown, renderMarkdown } from "@/app/_components/markdown/render-markdown.ts";
import type { Exercise, Lesson } from "@/lib/lessons/load-curriculum.ts";
// The one reader of the simulate-fence grammar, shared with `podlab check-curriculum`.
import { lessonExamples } from "@/lib/lessons/lesson-examples.ts";
import { getCurriculum } from "./curriculum.ts";

/** A lesson as a link: what lists and the previous/next pager show. */
export interface LessonLink {
  id: string;
  position: number;
  title: string;
  href: string;
}

/** An exercise as a link, with what the learner weighs before opening it. */
export interface ExerciseLink {
  id: string;
  title: string;
  difficulty: Exercise["difficulty"];
  points: number;
  href: string;
}

/** One entry of the course home. */
export interface LessonCard extends LessonLink {
  summary: string;
  exercises: ExerciseLink[];
}

/** Everything a lesson page shows, in one language. */
export interface LessonPage extends LessonCard {
  content: RenderedMarkdown;
  previous: LessonLink | undefined;
  next: LessonLink | undefined;
}

const rendered = new Map<string, Promise<RenderedMarkdown>>();

/** Ids of every lesson, in course order (for static generation). */
export function listLessonIds(): string[] {
  return getCurriculum().map((lesson) => lesson.id);
}

/** The course home's lessons in `language`, in order. */
export function listLessonCards(language: Language): LessonCard[] {
  return getCurriculum().map((lesson) => toCard(lesson, language));
}

/** A lesson page in `language`, with its Markdown rendered (once per process); undefined for an unknown id. */
export async function getLessonPage(id: string, language: Language): Promise<LessonPage | undefined> {
  const lessons = getCurriculum();
  const index = lessons.findIndex((lesson) => lesson.id === id);
  const lesson = lessons[index];
  if (!lesson) return undefined;
  const previous = lessons[index - 1];
  const next = lessons[index + 1];
  return {
    ...toCard(lesson, language),
    content: await renderedLesson(lesson, language),
    previous: previous && toLink(previous, language),
    next: next && toLink(next, language),
  };
}

function renderedLesson(lesson: Lesson, language: Language): Promise<RenderedMarkdown> {
  const key = `${lesson.id}/${language}`;
  let page = rendered.get(key);
  if (!page) {
    const examples = lessonExamples(lesson).filter((example) => example.language === language);
    page = renderMarkdown(lesson.markdown[language], language, examples.map((example) => example.input));
    rendered.set(key, page);
  }
  return page;
}

function toLink(lesson: Lesson, language: Language): LessonLink {
  return { id: lesson.id, position: lesson.position, title: lesson.title[language], href: lessonHref(lesson.id, language) };
}

function toCard(lesson: Lesson, language: Language): LessonCard {
  return {
    ...toLink(lesson, language),
    summary: lessonSummary(lesson.markdown[language]),
    exercises: lesson.exercises.map((exercise) => ({
      id: exercise.id,
      title: exercise.title[language],
      difficulty: exercise.difficulty,
      points: exercise.points,
      href: `/exercises/${encodeURIComponent(exercise.id)}`,
    })),
  };
}

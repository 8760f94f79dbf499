import "server-only";
import type { Language } from "@/app/_components/language/language.ts";
import { lessonHref } from "@/app/_components/language/language.ts";
import { lessonSummary } from "@/app/_components/markdown/lesson-summary.ts";
import { type RenderedMarkdown, renderMarkdown } from "@/app/_components/markdown/render-markdown.ts";
import type { Exercise, Lesson } from "@/lib/lessons/load-curriculum.ts";
// The one reader of the simulate-fence grammar, shared with `podlab check-curriculum`.
import { lessonExamples } from "@/lib/lessons/lesson-examples.ts";
import { getVisibleCurriculum } from "./curriculum.ts";
import type { Viewer } from "./viewer.ts";

/** A lesson as a link: what lists and the previous/next pager show. */
export interface LessonLink {
  id: string;
  position: number;
  title: string;
  href: string;
  /** Seen only by instructors and admins (drafts are left out for everyone else). */
  isDraft: boolean;
}

/** An exercise as a link, with what the learner weighs before opening it. */
export interface ExerciseLink {
  id: string;
  title: string;
  difficulty: Exercise["difficulty"];
  points: number;
  href: string;
  isDraft: boolean;
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

// Keyed by the loaded lesson's Markdown object: the same for a lesson shown without its drafts
// (a copy of the lesson), new for a lesson re-read in development, which is rendered afresh.
const rendered = new WeakMap<Lesson["markdown"], Map<Language, Promise<RenderedMarkdown>>>();

/** Ids of every published lesson, in course order (for static generation: drafts are never prerendered). */
export function listLessonIds(): string[] {
  return getVisibleCurriculum(null).map((lesson) => lesson.id);
}

/** The course home's lessons in `language`, in order, as `viewer` may see them (drafts for authors). */
export function listLessonCards(language: Language, viewer: Pick<Viewer, "role"> | null): LessonCard[] {
  return getVisibleCurriculum(viewer).map((lesson) => toCard(lesson, language));
}

/**
 * A lesson page in `language`, with its Markdown rendered (once per loaded lesson); undefined
 * for an unknown id or a draft `viewer` may not see. Static pages pass a null viewer.
 */
export async function getLessonPage(id: string, language: Language, viewer: Pick<Viewer, "role"> | null = null): Promise<LessonPage | undefined> {
  const lessons = getVisibleCurriculum(viewer);
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
  let byLanguage = rendered.get(lesson.markdown);
  if (!byLanguage) {
    byLanguage = new Map();
    rendered.set(lesson.markdown, byLanguage);
  }
  let page = byLanguage.get(language);
  if (!page) {
    const examples = lessonExamples(lesson).filter((example) => example.language === language);
    page = renderMarkdown(lesson.markdown[language], language, examples.map((example) => example.input));
    byLanguage.set(language, page);
  }
  return page;
}

function toLink(lesson: Lesson, language: Language): LessonLink {
  // A draft lesson has no static page; authors read it at /preview/ID.
  const href = lesson.draft ? lessonPreviewHref(lesson.id) : lessonHref(lesson.id, language);
  return { id: lesson.id, position: lesson.position, title: lesson.title[language], href, isDraft: lesson.draft };
}

/** Where an author reads a lesson as it is now, draft or not, in their remembered language. */
export function lessonPreviewHref(id: string): string {
  return `/preview/${encodeURIComponent(id)}`;
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
      isDraft: exercise.draft || lesson.draft,
    })),
  };
}

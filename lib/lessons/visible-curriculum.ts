// Who sees what of the course: drafts (a lesson or exercise marked `draft: true`) are work in
// progress, seen only by the people who write the course. Pure.
import type { Lesson } from "./load-curriculum.ts";

/** A role as accounts store it. */
export type Role = "student" | "instructor" | "admin";

/** Whether someone with `role` (undefined: not signed in) writes the course: sees drafts and runs reference answers. */
export function isAuthor(role: Role | undefined): boolean {
  return role === "instructor" || role === "admin";
}

/**
 * The course as a reader sees it: everything for an author; otherwise without draft lessons and
 * draft exercises. Broken exercise files stay listed for everyone: their pages explain.
 */
export function visibleCurriculum(lessons: readonly Lesson[], canSeeDrafts: boolean): Lesson[] {
  if (canSeeDrafts) return [...lessons];
  return lessons
    .filter((lesson) => !lesson.draft)
    .map((lesson) => (lesson.exercises.some((exercise) => exercise.draft) ? { ...lesson, exercises: lesson.exercises.filter((exercise) => !exercise.draft) } : lesson));
}

import "server-only";
import { resolve } from "node:path";
import { type Lesson, loadCurriculum } from "@/lib/lessons/load-curriculum.ts";

let cached: Lesson[] | undefined;

/** The course as the files describe it (read once per server process). */
export function getCurriculum(): Lesson[] {
  cached ??= loadCurriculum(resolve(process.cwd(), "lessons"));
  return cached;
}

/** One exercise with its lesson, or undefined. */
export function getExercise(id: string) {
  for (const lesson of getCurriculum()) {
    const exercise = lesson.exercises.find((candidate) => candidate.id === id);
    if (exercise) return { lesson, exercise };
  }
  return undefined;
}

import { type Lesson, loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { lessonsFingerprint } from "../../lib/lessons/lessons-fingerprint.ts";
import { gradeExercise } from "../grader/grade-exercise.ts";
import { simulate } from "../sim/index.ts";
import type { Verdict } from "../grader/verdict.ts";

/** Grades Pods for the exercises of a loaded course with the real simulator; undefined for an unknown exercise. */
export function courseGrader(lessons: readonly Lesson[]): (exerciseId: string, yaml: string) => Verdict | undefined {
  const exercises = new Map(lessons.flatMap((lesson) => lesson.exercises.map((exercise) => [exercise.id, exercise.gradable] as const)));
  return (exerciseId, yaml) => {
    const exercise = exercises.get(exerciseId);
    return exercise && gradeExercise(exercise, yaml, simulate);
  };
}

/** How often a reloading grader looks at the files again: edits show within this, at little cost per grading. */
const recheckMs = 500;

/**
 * courseGrader over the course under `root`. With `isReloading` (development) it hashes the
 * files at most every half second before a grading and reads the course again when they
 * changed, so an edited exercise is graded as edited without restarting the worker; a broken
 * exercise file then counts as unknown until it is fixed, rather than failing every grading.
 */
export function reloadingCourseGrader(
  root: string,
  isReloading: boolean,
  nowMs: () => number = Date.now,
): (exerciseId: string, yaml: string) => Verdict | undefined {
  if (!isReloading) return courseGrader(loadCurriculum(root));
  let fingerprint = lessonsFingerprint(root);
  let checkedAtMs = nowMs();
  let grade = courseGrader(loadCurriculum(root, { keepBrokenExercises: true }));
  return (exerciseId, yaml) => {
    if (nowMs() - checkedAtMs >= recheckMs) {
      checkedAtMs = nowMs();
      const now = lessonsFingerprint(root);
      if (now !== fingerprint) {
        grade = courseGrader(loadCurriculum(root, { keepBrokenExercises: true }));
        fingerprint = now;
      }
    }
    return grade(exerciseId, yaml);
  };
}

import type { Lesson } from "../../lib/lessons/load-curriculum.ts";
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

import type { Lesson } from "../../lib/lessons/load-curriculum.ts";
import { gradeExercise } from "../grader/grade-exercise.ts";
import { simulate } from "../sim/index.ts";
import type { Grader } from "./grade-submission.ts";

/** A Grader for the exercises of a loaded course, running the real simulator. */
export function courseGrader(lessons: readonly Lesson[]): Grader {
  const exercises = new Map(lessons.flatMap((lesson) => lesson.exercises.map((exercise) => [exercise.id, exercise.gradable] as const)));
  return (exerciseId, yaml) => {
    const exercise = exercises.get(exerciseId);
    return exercise && gradeExercise(exercise, yaml, simulate);
  };
}

// Reads the course from lessons/: one folder a lesson (its order from the folder's number
// prefix), each with lesson.yaml and exercises/*.yaml. Files are checked strictly; a broken one
// stops loading with a CurriculumError naming the file and the field.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { type ExerciseFile, exerciseFileSchema, type LessonFile, lessonFileSchema } from "./curriculum-schema.ts";

export interface Exercise extends ExerciseFile {
  lessonId: string;
  position: number;
}

export interface Lesson extends LessonFile {
  position: number;
  exercises: Exercise[];
}

/** A lesson or exercise file that cannot be used, named by its path. */
export class CurriculumError extends Error {
  override readonly name = "CurriculumError";
  readonly code = "curriculum_invalid";
}

const lessonFolderPattern = /^(\d+)-[a-z0-9-]+$/;

/** Loads and checks every lesson and exercise under `root`, in course order. */
export function loadCurriculum(root: string): Lesson[] {
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && lessonFolderPattern.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => Number(lessonFolderPattern.exec(a)![1]) - Number(lessonFolderPattern.exec(b)![1]));

  const lessons = folders.map((folder, index) => loadLesson(root, folder, index + 1));
  assertUnique(lessons.map((lesson) => lesson.id), "lesson");
  assertUnique(lessons.flatMap((lesson) => lesson.exercises.map((exercise) => exercise.id)), "exercise");
  return lessons;
}

function loadLesson(root: string, folder: string, position: number): Lesson {
  const lesson = readChecked(root, join(root, folder, "lesson.yaml"), lessonFileSchema);
  const exerciseDir = join(root, folder, "exercises");
  const files = listYaml(exerciseDir);
  const exercises = files.map((file, index) => ({
    ...readChecked(root, join(exerciseDir, file), exerciseFileSchema),
    lessonId: lesson.id,
    position: index + 1,
  }));
  return { ...lesson, position, exercises };
}

function listYaml(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith(".yaml")).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

function readChecked<T>(root: string, path: string, schema: z.ZodType<T>): T {
  const shown = relative(root, path);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, "utf8"), { prettyErrors: true });
  } catch (error) {
    throw new CurriculumError(`lessons/${shown}: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`);
  throw new CurriculumError(`lessons/${shown}: ${problems.join("; ")}`);
}

function assertUnique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new CurriculumError(`Two ${what}s have the id "${id}"; ids must be unique.`);
    seen.add(id);
  }
}

// Reads the course from lessons/: one folder a lesson (its order from the folder's number
// prefix), each with lesson.yaml, en.md and zh.md, and exercises/*.yaml (the grader's format;
// cluster files they name live in exercises/clusters/). Files are checked strictly; a broken one stops
// loading with a CurriculumError naming the file, the line and the field.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { type ExerciseFile, exerciseFileSchema } from "../../worker/grader/exercise/exercise-schema.ts";
import type { GradableExercise } from "../../worker/grader/grade-exercise.ts";
import { type LessonFile, lessonFileSchema } from "./curriculum-schema.ts";

export interface Exercise extends ExerciseFile {
  lessonId: string;
  /** Where it was read from, relative to the project: lessons/NN-name/exercises/ID.yaml. */
  file: string;
  position: number;
  /** What the grader needs: checks, and scenarios with their cluster text read in. */
  gradable: GradableExercise;
}

export interface Lesson extends LessonFile {
  position: number;
  /** Its folder, relative to the project: lessons/NN-name. */
  folder: string;
  /** The lesson page's Markdown, by language. */
  markdown: { en: string; zh: string };
  exercises: Exercise[];
  /** Exercise files that could not be read; always empty unless loaded with `keepBrokenExercises`. */
  brokenExercises: BrokenExercise[];
}

/** An exercise file that failed its checks, kept so the site can say which file and line. */
export interface BrokenExercise {
  /** The file's name without `.yaml`: by convention the exercise's id, and so its page's URL. */
  id: string;
  lessonId: string;
  file: string;
  /** The CurriculumError's message: file, line and field. */
  message: string;
}

export interface LoadOptions {
  /**
   * Keep going past a broken exercise file, listing it in `brokenExercises` (the site, so that
   * one bad edit in development breaks one page rather than the whole course). Off for
   * `podlab start` and `lessons check`, which must refuse a broken course.
   */
  keepBrokenExercises?: boolean;
}

/** A lesson or exercise file that cannot be used, named by its path. */
export class CurriculumError extends Error {
  override readonly name = "CurriculumError";
  readonly code = "curriculum_invalid";
}

const lessonFolderPattern = /^(\d+)-[a-z0-9-]+$/;

/** Loads and checks every lesson and exercise under `root`, in course order. */
export function loadCurriculum(root: string, options: LoadOptions = {}): Lesson[] {
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && lessonFolderPattern.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => Number(lessonFolderPattern.exec(a)![1]) - Number(lessonFolderPattern.exec(b)![1]));

  const lessons = folders.map((folder, index) => loadLesson(root, folder, index + 1, options));
  assertUnique(lessons.map((lesson) => lesson.id), "lesson");
  assertUnique(lessons.flatMap((lesson) => lesson.exercises.map((exercise) => exercise.id)), "exercise");
  return lessons;
}

function loadLesson(root: string, folder: string, position: number, options: LoadOptions): Lesson {
  const lesson = readChecked(root, join(root, folder, "lesson.yaml"), lessonFileSchema).value;
  const exerciseDir = join(root, folder, "exercises");
  const exercises: Exercise[] = [];
  const brokenExercises: BrokenExercise[] = [];
  listYaml(exerciseDir).forEach((file, index) => {
    const path = join(exerciseDir, file);
    try {
      exercises.push(loadExercise(root, path, lesson.id, index + 1));
    } catch (error) {
      if (!(error instanceof CurriculumError) || !options.keepBrokenExercises) throw error;
      const shown = `lessons/${relative(root, path)}`;
      brokenExercises.push({ id: file.slice(0, -".yaml".length), lessonId: lesson.id, file: shown, message: error.message });
    }
  });
  const markdown = { en: readMarkdown(join(root, folder, "en.md")), zh: readMarkdown(join(root, folder, "zh.md")) };
  return { ...lesson, position, folder: `lessons/${folder}`, markdown, exercises, brokenExercises };
}

function loadExercise(root: string, path: string, lessonId: string, position: number): Exercise {
  const { value, text } = readChecked(root, path, exerciseFileSchema);
  const hash = createHash("sha256").update(text);
  const scenarios = value.scenarios.map(({ cluster, clusterFile, ...scenario }) => {
    if (cluster !== undefined && clusterFile !== undefined) {
      throw new CurriculumError(`lessons/${relative(root, path)}: scenario "${scenario.id}" sets both cluster and clusterFile; use one.`);
    }
    const clusterYaml = clusterFile === undefined ? cluster : readClusterFile(root, join(path, "..", "clusters", clusterFile));
    hash.update(`\0${clusterYaml ?? ""}`);
    return { ...scenario, clusterYaml };
  });
  const gradable: GradableExercise = { id: value.id, hash: hash.digest("hex").slice(0, 16), scenarios, checks: value.checks };
  return { ...value, lessonId, file: `lessons/${relative(root, path)}`, position, gradable };
}

function readClusterFile(root: string, path: string): string {
  if (!existsSync(path)) throw new CurriculumError(`lessons/${relative(root, path)}: the cluster file does not exist.`);
  return readFileSync(path, "utf8");
}

function readMarkdown(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".yaml"))
    .map((entry) => entry.name)
    .sort();
}

function readChecked<T>(root: string, path: string, schema: z.ZodType<T, unknown>): { value: T; text: string } {
  const shown = `lessons/${relative(root, path)}`;
  const text = readFileSync(path, "utf8");
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const { line } = lineCounter.linePos(error.pos[0]);
    throw new CurriculumError(`${shown}:${line}: ${error.message.split("\n")[0]}`);
  }
  const result = schema.safeParse(document.toJS({ maxAliasCount: 100 }));
  if (result.success) return { value: result.data, text };
  const problems = result.error.issues.map((issue) => {
    const line = lineOf(document, lineCounter, issue.path);
    return `${shown}${line ? `:${line}` : ""}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`;
  });
  throw new CurriculumError(problems.join("\n"));
}

/** The line of the nearest written node on a path, for error messages. */
function lineOf(document: ReturnType<typeof parseDocument>, lineCounter: LineCounter, path: PropertyKey[]): number | null {
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length) as (string | number)[], true) as { range?: [number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return null;
}

function assertUnique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new CurriculumError(`Two ${what}s have the id "${id}"; ids must be unique.`);
    seen.add(id);
  }
}

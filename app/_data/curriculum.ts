import "server-only";
import { resolve } from "node:path";
import { getDb } from "@/lib/db/client.ts";
import { type BrokenExercise, type Exercise, type Lesson, loadCurriculum } from "@/lib/lessons/load-curriculum.ts";
import { lessonsFingerprint } from "@/lib/lessons/lessons-fingerprint.ts";
import { syncCurriculum } from "@/lib/lessons/sync-curriculum.ts";
import { isAuthor, visibleCurriculum } from "@/lib/lessons/visible-curriculum.ts";
import { getLogger } from "@/lib/log/logger.ts";
import type { Viewer } from "./viewer.ts";

const isDevelopment = process.env.NODE_ENV !== "production";

let cached: { fingerprint: string; lessons: Lesson[] } | undefined;
/** When the files were last hashed: one page calls getCurriculum several times, and hashing takes a few ms. */
let checked = { atMs: 0, fingerprint: "" };
const recheckMs = 250;

function currentFingerprint(root: string): string {
  if (!isDevelopment) return "";
  const nowMs = Date.now();
  if (nowMs - checked.atMs >= recheckMs) checked = { atMs: nowMs, fingerprint: lessonsFingerprint(root) };
  return checked.fingerprint;
}

/**
 * The whole course as the files describe it, drafts included (for lookups, not for listing to a
 * reader: see getVisibleCurriculum). Read once per server process in production; in development
 * read again when the files under lessons/ hash differently (looked at every quarter second at
 * most), and the Lesson and Exercise rows synced, so an edit shows on the next request without a
 * restart. A broken exercise file is kept aside (Lesson.brokenExercises) so that it breaks only
 * its own page.
 */
export function getCurriculum(): Lesson[] {
  // PODLAB_LESSONS_DIR: another course, for tests of what readers see (drafts); static lesson
  // pages keep the course they were built from.
  const root = resolve(process.cwd(), process.env.PODLAB_LESSONS_DIR ?? "lessons");
  const fingerprint = currentFingerprint(root);
  if (cached?.fingerprint === fingerprint) return cached.lessons;
  const lessons = loadCurriculum(root, { keepBrokenExercises: true });
  cached = { fingerprint, lessons };
  if (isDevelopment) {
    // New exercises need their rows before anyone can submit to them; `podlab start` does this in production.
    syncCurriculum(getDb(), lessons).catch((error) => getLogger("web").warn({ err: error }, "could not sync the reloaded lessons"));
  }
  return lessons;
}

/** The course as `viewer` may see it: drafts only for instructors and admins. */
export function getVisibleCurriculum(viewer: Pick<Viewer, "role"> | null): Lesson[] {
  return visibleCurriculum(getCurriculum(), isAuthor(viewer?.role));
}

/** One exercise with its lesson, drafts included, or undefined (titles of past submissions). */
export function getExercise(id: string): { lesson: Lesson; exercise: Exercise } | undefined {
  for (const lesson of getCurriculum()) {
    const exercise = lesson.exercises.find((candidate) => candidate.id === id);
    if (exercise) return { lesson, exercise };
  }
  return undefined;
}

/** What an exercise page shows: the exercise, or the broken file in its place. */
export type ExerciseLookup = { kind: "exercise"; lesson: Lesson; exercise: Exercise } | { kind: "broken"; lesson: Lesson; broken: BrokenExercise };

/** The exercise `id` as `viewer` may see it (undefined for a draft they may not see, or no such id). */
export function getExerciseFor(id: string, viewer: Pick<Viewer, "role"> | null): ExerciseLookup | undefined {
  for (const lesson of getVisibleCurriculum(viewer)) {
    const exercise = lesson.exercises.find((candidate) => candidate.id === id);
    if (exercise) return { kind: "exercise", lesson, exercise };
    const broken = lesson.brokenExercises.find((candidate) => candidate.id === id);
    if (broken) return { kind: "broken", lesson, broken };
  }
  return undefined;
}

/** Whether `id` names a draft exercise (or one in a draft lesson) that `viewer` may not see. */
export function isHiddenFrom(id: string, viewer: Pick<Viewer, "role"> | null): boolean {
  return getExercise(id) !== undefined && getExerciseFor(id, viewer) === undefined;
}

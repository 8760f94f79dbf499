import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { reloadingCourseGrader } from "../../../../worker/jobs/course-grader.ts";

const course = resolve(import.meta.dirname, "../../../../lessons");

/** A copy of the course's first lesson, to edit. */
function copyOfFirstLesson(): { root: string; exerciseFile: string; solution: string } {
  const root = mkdtempSync(join(tmpdir(), "podlab-reload-"));
  cpSync(join(course, "01-pods-as-process-groups"), join(root, "01-pods-as-process-groups"), { recursive: true });
  const exerciseFile = join(root, "01-pods-as-process-groups/exercises/first-pod.yaml");
  const solution = /solutions:\n {2}- \|\n((?: {4}.*\n)+)/.exec(readFileSync(exerciseFile, "utf8"))![1]!.replace(/^ {4}/gm, "");
  return { root, exerciseFile, solution };
}

/** Retitles the first check: a change a grading must show. */
const retitle = (text: string) => text.replace("title: { en: The API server accepts the Pod,", "title: { en: Edited title,");

describe("reloadingCourseGrader", () => {
  it("in development, grades an edited exercise as edited once half a second has passed", () => {
    const { root, exerciseFile, solution } = copyOfFirstLesson();
    let nowMs = 0;
    const grade = reloadingCourseGrader(root, true, () => nowMs);
    const titles = () => grade("first-pod", solution)!.checks.map((check) => check.title.en);
    const before = titles();
    writeFileSync(exerciseFile, retitle(readFileSync(exerciseFile, "utf8")));
    // Within the half second the files are not looked at again.
    nowMs = 100;
    expect(titles()).toEqual(before);
    nowMs = 600;
    expect(titles()).toEqual(["Edited title", ...before.slice(1)]);
  });

  it("in development, counts a broken exercise file as unknown instead of failing", () => {
    const { root, exerciseFile, solution } = copyOfFirstLesson();
    let nowMs = 0;
    const grade = reloadingCourseGrader(root, true, () => nowMs);
    writeFileSync(exerciseFile, readFileSync(exerciseFile, "utf8").replace("points:", "pionts:"));
    nowMs = 1000;
    expect(grade("first-pod", solution)).toBeUndefined();
    expect(grade("two-containers", "apiVersion: v1\n")).toBeDefined();
  });

  it("in production, reads the course once", () => {
    const { root, exerciseFile, solution } = copyOfFirstLesson();
    let nowMs = 0;
    const grade = reloadingCourseGrader(root, false, () => nowMs);
    const before = grade("first-pod", solution)!.checks.map((check) => check.id);
    writeFileSync(exerciseFile, readFileSync(exerciseFile, "utf8").replace("points:", "pionts:"));
    nowMs = 10_000;
    expect(grade("first-pod", solution)!.checks.map((check) => check.id)).toEqual(before);
  });
});

// The course itself, as `npx podlab lessons check` sees it: every reference solution passes,
// every known-wrong answer fails exactly the checks it lists, every lesson example is admitted.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCurriculum } from "../../../lib/lessons/load-curriculum.ts";
import { checkCurriculum } from "../../../worker/cli/check-curriculum.ts";
import { simulate } from "../../../worker/sim/index.ts";

const lessons = loadCurriculum(resolve(import.meta.dirname, "../../../lessons"));

describe("the course", () => {
  it("has every lesson in both languages", () => {
    for (const lesson of lessons) {
      expect(lesson.markdown.en, `${lesson.folder}/en.md`).not.toBe("");
      expect(lesson.markdown.zh, `${lesson.folder}/zh.md`).not.toBe("");
    }
  });

  it.each(lessons.map((lesson) => ({ folder: lesson.folder, lesson })))("passes lessons check: $folder", ({ lesson }) => {
    expect(checkCurriculum([lesson], simulate)).toEqual([]);
  });
});

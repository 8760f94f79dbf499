import { describe, expect, it } from "vitest";
import { loadCurriculum } from "../../../../lib/lessons/load-curriculum.ts";
import { isAuthor, type Role, visibleCurriculum } from "../../../../lib/lessons/visible-curriculum.ts";
import { exerciseYaml, writeCourse } from "../../../fixtures/course-files.ts";

/** A course of three lessons: published (one published and one draft exercise), a draft lesson, published. */
function course(): string {
  return writeCourse({
    "01-open/lesson.yaml": "id: open\ntitle: { en: Open, zh: 开放 }\n",
    "01-open/exercises/a-published.yaml": exerciseYaml("published"),
    "01-open/exercises/b-unfinished.yaml": exerciseYaml("unfinished", { extra: "draft: true" }),
    "02-wip/lesson.yaml": "id: wip\ntitle: { en: WIP, zh: 草稿 }\ndraft: true\n",
    "02-wip/exercises/x.yaml": exerciseYaml("in-draft-lesson"),
    "03-later/lesson.yaml": "id: later\ntitle: { en: Later, zh: 以后 }\ndraft: false\n",
  });
}

const outline = (lessons: ReturnType<typeof loadCurriculum>) => lessons.map((lesson) => [lesson.id, lesson.exercises.map((exercise) => exercise.id)]);

describe("drafts", () => {
  const lessons = loadCurriculum(course());

  it("reads `draft` from lesson and exercise files, false when absent", () => {
    expect(lessons.map((lesson) => [lesson.id, lesson.draft])).toEqual([
      ["open", false],
      ["wip", true],
      ["later", false],
    ]);
    expect(lessons[0]!.exercises.map((exercise) => [exercise.id, exercise.draft])).toEqual([
      ["published", false],
      ["unfinished", true],
    ]);
  });

  it("leaves draft lessons and draft exercises out for students and visitors", () => {
    expect(outline(visibleCurriculum(lessons, false))).toEqual([
      ["open", ["published"]],
      ["later", []],
    ]);
  });

  it("shows authors every lesson and exercise, drafts included", () => {
    expect(outline(visibleCurriculum(lessons, true))).toEqual([
      ["open", ["published", "unfinished"]],
      ["wip", ["in-draft-lesson"]],
      ["later", []],
    ]);
  });

  const roles: { role: Role | undefined; seesDrafts: boolean }[] = [
    { role: undefined, seesDrafts: false },
    { role: "student", seesDrafts: false },
    { role: "instructor", seesDrafts: true },
    { role: "admin", seesDrafts: true },
  ];
  it.each(roles)("role $role sees drafts: $seesDrafts", ({ role, seesDrafts }) => {
    expect(isAuthor(role)).toBe(seesDrafts);
  });
});

import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CurriculumError, loadCurriculum } from "../../../../lib/lessons/load-curriculum.ts";
import { exerciseYaml, writeCourse } from "../../../fixtures/course-files.ts";

const lessonYaml = "id: basics\ntitle: { en: Basics, zh: 基础 }\n";

describe("loadCurriculum", () => {
  it("loads the project's own course: every lesson has exercises, each with a solution and two wrong answers", () => {
    const lessons = loadCurriculum(resolve(import.meta.dirname, "../../../../lessons"));
    expect(lessons).toHaveLength(11);
    for (const lesson of lessons) expect(lesson.exercises.length, lesson.folder).toBeGreaterThan(0);
    const exercises = lessons.flatMap((lesson) => lesson.exercises);
    expect(exercises.length).toBeGreaterThanOrEqual(24);
    for (const exercise of exercises) {
      expect(exercise.solutions.length, exercise.file).toBeGreaterThanOrEqual(1);
      expect(exercise.wrongAnswers.length, exercise.file).toBeGreaterThanOrEqual(2);
    }
  });

  it("reads an exercise's cluster file and hashes it into the exercise's version", () => {
    const files = {
      "01-a/lesson.yaml": lessonYaml,
      "01-a/exercises/x.yaml": exerciseYaml("x", { scenario: "until: 10s, clusterFile: ssd.yaml" }),
      "01-a/exercises/clusters/ssd.yaml": "kind: Node\n",
    };
    const [lesson] = loadCurriculum(writeCourse(files));
    const gradable = lesson!.exercises[0]!.gradable;
    expect(gradable.scenarios[0]).toMatchObject({ id: "default", until: 10_000, clusterYaml: "kind: Node\n" });
    const changed = loadCurriculum(writeCourse({ ...files, "01-a/exercises/clusters/ssd.yaml": "kind: Node # edited\n" }));
    expect(changed[0]!.exercises[0]!.gradable.hash).not.toBe(gradable.hash);
  });

  it("orders lessons by their folder number, not by name", () => {
    const root = writeCourse({
      "10-later/lesson.yaml": lessonYaml.replace("basics", "later"),
      "2-earlier/lesson.yaml": lessonYaml.replace("basics", "earlier"),
    });
    expect(loadCurriculum(root).map((lesson) => [lesson.id, lesson.position])).toEqual([
      ["earlier", 1],
      ["later", 2],
    ]);
  });

  const brokenCases: { name: string; files: Record<string, string>; says: string }[] = [
    { name: "a missing translation", files: { "01-a/lesson.yaml": "id: a\ntitle: { en: A }\n" }, says: "lessons/01-a/lesson.yaml:2: title.zh" },
    { name: "an unknown key", files: { "01-a/lesson.yaml": `${lessonYaml}colour: blue\n` }, says: "lessons/01-a/lesson.yaml" },
    { name: "broken YAML", files: { "01-a/lesson.yaml": "id: [\n" }, says: "lessons/01-a/lesson.yaml" },
    {
      name: "an exercise id used twice",
      files: { "01-a/lesson.yaml": lessonYaml, "01-a/exercises/x.yaml": exerciseYaml("same"), "01-a/exercises/y.yaml": exerciseYaml("same") },
      says: '"same"',
    },
    {
      name: "a check naming a scenario that does not exist",
      files: { "01-a/lesson.yaml": lessonYaml, "01-a/exercises/x.yaml": exerciseYaml("x").replace("scenario: default, hint", "scenario: other, hint") },
      says: 'lessons/01-a/exercises/x.yaml:10: checks.0.scenario: names scenario "other"',
    },
    {
      name: "a cluster file that is missing",
      files: { "01-a/lesson.yaml": lessonYaml, "01-a/exercises/x.yaml": exerciseYaml("x", { scenario: "until: 10s, clusterFile: ssd.yaml" }) },
      says: "lessons/01-a/exercises/clusters/ssd.yaml: the cluster file does not exist",
    },
  ];
  it.each(brokenCases)("stops on $name, naming the file or id", ({ files, says }) => {
    const root = writeCourse(files);
    expect(() => loadCurriculum(root)).toThrow(CurriculumError);
    expect(() => loadCurriculum(root)).toThrow(says);
  });
});

describe("loadCurriculum with keepBrokenExercises (the site)", () => {
  const files = {
    "01-a/lesson.yaml": lessonYaml,
    "01-a/exercises/good.yaml": exerciseYaml("good"),
    "01-a/exercises/typo.yaml": exerciseYaml("typo").replace("points: 5", "pionts: 5"),
  };

  it("keeps going past a broken exercise file and names its file, line and field", () => {
    const [lesson] = loadCurriculum(writeCourse(files), { keepBrokenExercises: true });
    expect(lesson!.exercises.map((exercise) => exercise.id)).toEqual(["good"]);
    expect(lesson!.brokenExercises).toEqual([
      { id: "typo", lessonId: "basics", file: "lessons/01-a/exercises/typo.yaml", message: expect.stringContaining("lessons/01-a/exercises/typo.yaml:") },
    ]);
    expect(lesson!.brokenExercises[0]!.message).toMatch(/typo\.yaml:\d+: .*pionts|points/);
  });

  it("still refuses the same course without it (podlab start, lessons check)", () => {
    expect(() => loadCurriculum(writeCourse(files))).toThrow(CurriculumError);
  });

  it("still refuses a broken lesson.yaml, which no single page can stand in for", () => {
    expect(() => loadCurriculum(writeCourse({ ...files, "01-a/lesson.yaml": "id: [\n" }), { keepBrokenExercises: true })).toThrow(CurriculumError);
  });
});

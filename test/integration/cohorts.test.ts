// Cohorts over the real database (SQLite and PostgreSQL): join codes, joining and its limit on
// wrong codes, and the cohort page's figures (best-score matrix, pass rate, median attempts to
// pass, most failed checks) on chosen submissions, then the CSV made from them.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cohortCsv, csvField, csvFileName } from "../../lib/cohorts/cohort-csv.ts";
import { createCohort, regenerateJoinCode } from "../../lib/cohorts/create-cohort.ts";
import { joinAttemptRule, joinCohort } from "../../lib/cohorts/join-cohort.ts";
import { generateJoinCode, joinCodeAlphabet } from "../../lib/cohorts/join-code.ts";
import { readCohortReport } from "../../lib/cohorts/read-cohort-report.ts";
import { AppError } from "../../lib/errors/app-error.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv();
});

afterAll(async () => {
  await t?.cleanup();
});

let accounts = 0;
const account = (displayName: string, role: "student" | "instructor" | "admin" = "student") => {
  accounts++;
  return t.db.user.create({ data: { email: `person-${accounts}@cohorts.test`, displayName, role }, select: { id: true } });
};

/** The AppError `work` fails with. */
async function failureOf(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("join codes", () => {
  it("are eight characters of the unambiguous alphabet, and differ", () => {
    const codes = Array.from({ length: 200 }, generateJoinCode);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${joinCodeAlphabet}]{8}$`));
    expect(new Set(codes).size).toBe(codes.length);
    expect(joinCodeAlphabet).not.toMatch(/[01ILO]/);
  });

  it("let a student join once, typed in lower case with a dash; joining again is harmless", async () => {
    const instructor = await account("Teacher", "instructor");
    const student = await account("Student");
    const cohort = await createCohort(t.db, instructor.id, "Pods 101");
    const typed = `${cohort.joinCode.slice(0, 4)}-${cohort.joinCode.slice(4)}`.toLowerCase();
    expect(await joinCohort(t.db, student.id, typed)).toEqual({ cohortId: cohort.id, name: "Pods 101", wasMember: false });
    expect(await joinCohort(t.db, student.id, cohort.joinCode)).toEqual({ cohortId: cohort.id, name: "Pods 101", wasMember: true });
    expect(await t.db.cohortMembership.count({ where: { cohortId: cohort.id } })).toBe(1);
  });

  it("refuse a wrong code with not_found, and the old code once regenerated", async () => {
    const instructor = await account("Teacher", "instructor");
    const student = await account("Student");
    const cohort = await createCohort(t.db, instructor.id, "Rotated");
    const renewed = await regenerateJoinCode(t.db, cohort.id);
    expect(renewed.joinCode).not.toBe(cohort.joinCode);
    expect((await failureOf(joinCohort(t.db, student.id, cohort.joinCode))).code).toBe("not_found");
    for (const typed of ["", "\u0000AAAAAAA", "ABCDEFGHJ", "O0O0O0O0"]) {
      expect((await failureOf(joinCohort(t.db, student.id, typed))).code).toBe("not_found");
    }
    expect((await joinCohort(t.db, student.id, renewed.joinCode)).cohortId).toBe(cohort.id);
    expect((await failureOf(regenerateJoinCode(t.db, "no-such-cohort"))).code).toBe("not_found");
  });

  it("stop a guesser after too many wrong codes until the window ends", async () => {
    const instructor = await account("Teacher", "instructor");
    const guesser = await account("Guesser");
    const other = await account("Other");
    const cohort = await createCohort(t.db, instructor.id, "Guarded");
    const start = new Date("2026-11-29T10:00:00Z");
    for (let index = 0; index < joinAttemptRule.maxFailures; index++) {
      expect((await failureOf(joinCohort(t.db, guesser.id, "AAAAAAAA", start))).code).toBe("not_found");
    }
    const refused = await failureOf(joinCohort(t.db, guesser.id, cohort.joinCode, new Date(start.getTime() + 60_000)));
    expect(refused.code).toBe("too_many_requests");
    expect(refused.retryAfterSeconds).toBe(joinAttemptRule.windowMs / 1000 - 60);
    // The limit is the guesser's own.
    expect((await joinCohort(t.db, other.id, cohort.joinCode, start)).wasMember).toBe(false);
    const later = new Date(start.getTime() + joinAttemptRule.windowMs);
    expect((await joinCohort(t.db, guesser.id, cohort.joinCode, later)).wasMember).toBe(false);
  });
});

type Check = [id: string, passed: boolean];

describe("the cohort report", () => {
  let report: Awaited<ReturnType<typeof readCohortReport>>;
  let x: string;
  let y: string;

  beforeAll(async () => {
    const exercises = await t.db.exercise.findMany({ orderBy: [{ lesson: { position: "asc" } }, { position: "asc" }], take: 2, select: { id: true } });
    [x, y] = exercises.map((exercise) => exercise.id) as [string, string];
    const instructor = await account("Teacher", "instructor");
    const ada = await account("Ada");
    const bob = await account("Bob");
    const cy = await account("Cy");
    const dee = await account("Dee (not in the cohort)");
    const cohort = await createCohort(t.db, instructor.id, "Figures");
    for (const student of [ada, bob, cy]) await joinCohort(t.db, student.id, cohort.joinCode);

    let minute = 0;
    const submit = async (userId: string, exerciseId: string, checks: Check[], status: "graded" | "failed" = "graded") => {
      minute++;
      const passed = checks.every(([, ok]) => ok);
      const score = Math.round((100 * checks.filter(([, ok]) => ok).length) / checks.length);
      const verdict = {
        version: 2,
        exerciseId,
        passed,
        score,
        checks: checks.map(([id, ok]) => ({ id, title: { en: `Check ${id}`, zh: `检查 ${id}` }, scenario: "main", weight: 1, passed: ok, message: "" })),
        traces: [],
      };
      await t.db.submission.create({
        data: {
          userId,
          exerciseId,
          yaml: "kind: Pod",
          status,
          queuedAt: new Date(Date.UTC(2026, 10, 29, 8, minute)),
          ...(status === "graded" ? { verdict, score, passed } : { failure: "grader crashed" }),
        },
      });
    };
    const progress = (userId: string, exerciseId: string, bestScore: number, attempts: number, solved: boolean) =>
      t.db.progress.create({ data: { userId, exerciseId, bestScore, attempts, solvedAt: solved ? new Date() : null } });

    // Ada passes X on her third graded try, then fails it again (not counted); Y on her second.
    await submit(ada.id, x, [["image", false], ["ready", false]]);
    await submit(ada.id, x, [["image", true], ["ready", false]]);
    await submit(ada.id, x, [["image", true], ["ready", true]]);
    await submit(ada.id, x, [["image", false], ["ready", true]]);
    await progress(ada.id, x, 100, 4, true);
    await submit(ada.id, y, [["ports", false]]);
    await submit(ada.id, y, [["ports", true]]);
    await progress(ada.id, y, 100, 2, true);
    // Bob's first submission failed to grade (not an attempt); he passes X on his first graded one.
    await submit(bob.id, x, [["image", false]], "failed");
    await submit(bob.id, x, [["image", true], ["ready", true]]);
    await progress(bob.id, x, 100, 1, true);
    // Cy tries X once and does not pass; never tries Y.
    await submit(cy.id, x, [["image", true], ["ready", false]]);
    await progress(cy.id, x, 50, 1, false);
    // Dee is not in the cohort: her failures count nowhere.
    for (let index = 0; index < 5; index++) await submit(dee.id, x, [["image", false], ["ready", false]]);
    await progress(dee.id, x, 0, 5, false);

    report = await readCohortReport(t.db, inject("databaseKind"), cohort.id);
  });

  it("has a row per student, by name, with best scores per exercise", () => {
    expect(report.students.map((student) => student.displayName)).toEqual(["Ada", "Bob", "Cy"]);
    const column = (id: string) => report.exercises.findIndex((exercise) => exercise.id === id);
    const scores = report.students.map((student) => [student.bestScores[column(x)], student.bestScores[column(y)], student.solvedCount]);
    expect(scores).toEqual([
      [100, 100, 2],
      [100, null, 1],
      [50, null, 0],
    ]);
    expect(report.exercises.length).toBe(report.students[0]!.bestScores.length);
    expect(report.exercises.slice(0, 2).map((exercise) => exercise.id)).toEqual([x, y]);
  });

  it("gives each exercise its pass rate and median attempts to pass", () => {
    const figures = (id: string) => {
      const { solvedCount, passRate, medianAttemptsToPass } = report.exercises.find((exercise) => exercise.id === id)!;
      return { solvedCount, passRate, medianAttemptsToPass };
    };
    // X: Ada 3 attempts, Bob 1 → median 2; 2 of 3 students solved it.
    expect(figures(x)).toEqual({ solvedCount: 2, passRate: 2 / 3, medianAttemptsToPass: 2 });
    expect(figures(y)).toEqual({ solvedCount: 1, passRate: 1 / 3, medianAttemptsToPass: 2 });
    const untouched = report.exercises[2]!;
    expect({ passRate: untouched.passRate, median: untouched.medianAttemptsToPass }).toEqual({ passRate: 0, median: null });
  });

  it("lists the checks failed most often by the cohort's members only", () => {
    expect(report.failedChecks.map(({ exerciseId, checkId, failures, students, title }) => ({ exerciseId, checkId, failures, students, title: title.en }))).toEqual([
      { exerciseId: x, checkId: "ready", failures: 3, students: 2, title: "Check ready" },
      { exerciseId: x, checkId: "image", failures: 2, students: 1, title: "Check image" },
      { exerciseId: y, checkId: "ports", failures: 1, students: 1, title: "Check ports" },
    ]);
    expect(report.failedChecks[0]!.title.zh).toBe("检查 ready");
  });

  it("exports the matrix as CSV", () => {
    const csv = cohortCsv({ ...report, exercises: report.exercises.slice(0, 2), students: report.students.map((student) => ({ ...student, bestScores: student.bestScores.slice(0, 2) })) }, { student: "Student", email: "Email", solved: "Solved" }, "en");
    const [heading, ...rows] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(heading).toBe(["Student", "Email", ...report.exercises.slice(0, 2).map((exercise) => csvField(exercise.title.en)), "Solved"].join(","));
    expect(rows.slice(0, 3).map((row) => row.split(",").slice(2))).toEqual([
      ["100", "100", "2"],
      ["100", "", "1"],
      ["50", "", "0"],
    ]);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});

describe("CSV fields", () => {
  const cases = [
    { name: "plain text", value: "Ada Lovelace", field: "Ada Lovelace" },
    { name: "a comma", value: "Hopper, Grace", field: '"Hopper, Grace"' },
    { name: "quotes", value: 'Ada "the first" L', field: '"Ada ""the first"" L"' },
    { name: "a line break", value: "two\nlines", field: '"two\nlines"' },
    { name: "a formula", value: "=HYPERLINK(\"http://evil\")", field: '"\'=HYPERLINK(""http://evil"")"' },
    { name: "a leading plus", value: "+1 555", field: "'+1 555" },
    { name: "a leading minus", value: "-2+3", field: "'-2+3" },
    { name: "a leading at", value: "@SUM(A1)", field: "'@SUM(A1)" },
    { name: "a leading tab", value: "\t=1", field: "'\t=1" },
    { name: "an equals sign inside", value: "a=b", field: "a=b" },
    { name: "Chinese", value: "李娜", field: "李娜" },
    { name: "a number", value: 87.5, field: "87.5" },
    { name: "nothing", value: null, field: "" },
  ];
  it.each(cases)("escapes $name", ({ value, field }) => {
    expect(csvField(value)).toBe(field);
  });

  it("names the file after the cohort in ASCII", () => {
    expect(csvFileName("Pods 101 — Spring!")).toBe("cohort-pods-101-spring.csv");
    expect(csvFileName("李娜的班")).toBe("cohort-matrix.csv");
  });
});

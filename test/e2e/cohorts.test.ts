// A cohort in real Chromium (issue 8): an instructor creates a cohort and reads its join code; a
// student who has solved the first exercise (after one wrong answer) joins with the code typed in
// lower case, and a wrong code is refused clearly; the instructor sees the student in the matrix
// with the exercise's figures and the failed check, and downloads the CSV (escaped, the formula in
// the student's name made plain text). Pages pass axe, fit 375 px and are in Chinese with the
// language cookie.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { signUpOverHttp } from "../support/accounts.ts";
import { createTestEnv, eventually, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let instructorCookie: string;
let studentCookie: string;
let instructor: Page;
let student: Page;
let cohortUrl: string;
let joinCode: string;

const firstPod = loadCurriculum(resolve(import.meta.dirname, "../../lessons"))
  .flatMap((lesson) => lesson.exercises)
  .find((exercise) => exercise.id === "first-pod")!;
/** The student's display name: a spreadsheet formula, which the CSV must make plain text. */
const studentName = "=SUM(1,2) Eve";

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t);
  browser = await launchChromium();
  instructorCookie = await signUpOverHttp(app.baseUrl, "teacher@cohort.test");
  await t.db.user.update({ where: { email: "teacher@cohort.test" }, data: { role: "instructor", displayName: "Teacher" } });
  studentCookie = await signUpOverHttp(app.baseUrl, "eve@cohort.test");
  await t.db.user.update({ where: { email: "eve@cohort.test" }, data: { displayName: studentName } });
  instructor = await (await contextWith(instructorCookie, 1280)).newPage();
  student = await (await contextWith(studentCookie, 375)).newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await t?.cleanup();
});

async function contextWith(cookie: string, width: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: app.baseUrl };
    }),
  );
  return context;
}

/** Submits `yaml` for first-pod as the student over the API and waits for its verdict. */
async function submitAndWait(yaml: string): Promise<void> {
  const response = await fetch(`${app.baseUrl}/api/submissions`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: studentCookie, origin: app.baseUrl },
    body: JSON.stringify({ exerciseId: "first-pod", yaml }),
  });
  expect(response.status).toBe(202);
  const { id } = (await response.json()) as { id: string };
  await eventually(
    () => t.db.submission.findUniqueOrThrow({ where: { id } }),
    (submission) => submission.status === "graded",
  );
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id}: ${violation.help}`);
}

/** The fields of one CSV line (RFC 4180 quoting; no line breaks inside fields here). */
function parseCsvLine(line: string): string[] {
  return [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((match) => (match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]!));
}

const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe("cohorts", () => {
  it("lets an instructor create a cohort and read its join code", async () => {
    await instructor.goto(`${app.baseUrl}/profile`);
    await instructor.getByRole("link", { name: "Cohorts: your classes and their progress" }).click();
    await instructor.waitForURL(`${app.baseUrl}/cohorts`);
    await instructor.getByLabel("Cohort name").fill("Pods 101");
    await instructor.getByRole("button", { name: "Create cohort" }).click();
    await instructor.waitForURL(/\/cohorts\/[\w-]+$/);
    cohortUrl = instructor.url();
    await instructor.getByRole("heading", { name: "Pods 101", level: 1 }).waitFor();
    joinCode = (await instructor.getByTestId("join-code").innerText()).trim();
    expect(joinCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(await instructor.getByText("No student has joined yet.").isVisible()).toBe(true);
    expect(await instructor.getByRole("link", { name: "The cohort's leaderboard" }).getAttribute("href")).toMatch(/^\/leaderboard\?cohort=/);
    expect(await seriousViolations(instructor)).toEqual([]);
  });

  it("lets a student join with the code, and refuses a wrong one clearly, at 375 px", async () => {
    await submitAndWait(firstPod.wrongAnswers[0]!.yaml);
    await submitAndWait(firstPod.solutions[0]!);

    await student.goto(`${app.baseUrl}/profile`);
    await student.getByRole("link", { name: "Cohorts: join a class with its code" }).click();
    await student.waitForURL(`${app.baseUrl}/cohorts`);
    await student.getByLabel("Join code").fill("WRONG234");
    await student.getByRole("button", { name: "Join" }).click();
    await student.getByRole("status").filter({ hasText: "No cohort has this code." }).waitFor();

    await student.getByLabel("Join code").fill(`${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4)}`);
    await student.getByRole("button", { name: "Join" }).click();
    await student.getByRole("status").filter({ hasText: "You are in Pods 101." }).waitFor();
    await student.getByRole("heading", { name: "Your cohorts" }).waitFor();
    await student.getByRole("list").getByRole("link", { name: "Pods 101" }).waitFor();
    expect(await fitsWidth(student)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(student)).toEqual([]);
    await student.screenshot({ path: screenshotPath("cohorts-join-375"), fullPage: true });
  });

  it("shows the instructor the matrix, the figures and the failed check", async () => {
    await instructor.goto(cohortUrl);
    const matrix = instructor.getByRole("region", { name: "Best scores, scrolls sideways" });
    const row = matrix.getByRole("row", { name: new RegExp(studentName.replace(/[()=]/g, "\\$&")) });
    await row.waitFor();
    const firstPodColumn = await matrix.getByRole("columnheader").allInnerTexts();
    const column = firstPodColumn.findIndex((title) => title.trim() === firstPod.title.en);
    expect(column).toBeGreaterThan(0);
    expect((await row.getByRole("cell").nth(column - 1).innerText()).trim()).toBe("100");

    const figures = instructor.getByRole("table", { name: "Exercises" }).getByRole("row", { name: new RegExp(`^${firstPod.title.en}`) });
    expect((await figures.innerText()).split("\t").map((cell) => cell.trim())).toEqual([firstPod.title.en, "100% (1)", "2"]);
    // The wrong answer failed at least one check of first-pod, once, for one student.
    const failed = instructor.getByRole("table", { name: "Checks failed most often" }).locator("tbody tr");
    expect((await failed.first().innerText()).split("\t").slice(1).map((cell) => cell.trim())).toEqual([firstPod.title.en, "1", "1"]);
    expect(await seriousViolations(instructor)).toEqual([]);
    await instructor.screenshot({ path: screenshotPath("cohort-page"), fullPage: true });
  });

  it("downloads the matrix as CSV", async () => {
    const [download] = await Promise.all([instructor.waitForEvent("download"), instructor.getByRole("link", { name: "Download the matrix (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe("cohort-pods-101.csv");
    const text = readFileSync((await download.path())!, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(lines[1]!.startsWith(`"'=SUM(1,2) Eve",eve@cohort.test,`)).toBe(true);
    const [headings, cells] = lines.slice(0, 2).map(parseCsvLine) as [string[], string[]];
    expect(headings.slice(0, 2)).toEqual(["Student", "Email"]);
    expect(headings.at(-1)).toBe("Solved");
    expect(cells).toHaveLength(headings.length);
    expect(cells[0]).toBe("'=SUM(1,2) Eve");
    expect(cells[headings.indexOf(firstPod.title.en)]).toBe("100");
    expect(cells.at(-1)).toBe("1");
  });

  it("leads a student to their cohorts from the header, by keyboard, at 375 px", async () => {
    await student.goto(`${app.baseUrl}/`);
    const link = student.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Cohorts", exact: true });
    await link.waitFor();
    for (let presses = 0; presses < 30 && !(await link.evaluate((element) => element === document.activeElement)); presses++) await student.keyboard.press("Tab");
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    await student.keyboard.press("Enter");
    await student.waitForURL(`${app.baseUrl}/cohorts`);
    expect(await link.getAttribute("aria-current")).toBe("page");
    expect(await fitsWidth(student)).toBeLessThanOrEqual(375);
  });

  it("is in Chinese with the language cookie, and fits 375 px", async () => {
    const context = await contextWith(instructorCookie, 375);
    await context.addCookies([{ name: "podlab_lang", value: "zh", url: app.baseUrl }]);
    const page = await context.newPage();
    await page.goto(cohortUrl);
    await page.getByRole("heading", { name: "最高分" }).waitFor();
    // The header's link says where the page is, in the page's language.
    expect(await page.getByRole("navigation", { name: "账号" }).getByRole("link", { name: "班级" }).getAttribute("aria-current")).toBe("page");
    expect(await page.getByRole("link", { name: "下载成绩矩阵（CSV）" }).isVisible()).toBe(true);
    expect(await fitsWidth(page)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("cohort-page-zh-375"), fullPage: true });
  });
});

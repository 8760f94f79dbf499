// Leaderboards in real Chromium: a new learner signs up, solves an exercise in the editor and
// finds themself on the all-time and weekly boards; with 60 learners ahead their own rank shows
// on the first page with a link to their page; a hidden learner is not listed; a cohort's board
// lists its members only, and another cohort's is not found; the page is in Chinese with the
// language cookie, has no serious axe violations and fits 375 px.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allTimePeriod, isoWeekPeriod } from "../../lib/leaderboard/leaderboard-period.ts";
import { validPod } from "../fixtures/pods.ts";
import { testPassword } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.baseUrl });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
  await t?.cleanup();
});

const editor = () => page.locator(".exercise-editor .monaco-editor").first();
const editorText = async () => (await editor().locator(".view-lines").innerText()).replace(/\u00a0/g, " ");
const boardRows = () => page.getByRole("table").locator("tbody tr");

/** `count` learners named "`name` N" with points on both boards, straight in the database; `hidden` ones chose to be left out. */
async function seedLearners(name: string, count: number, scorePoints: (index: number) => number, hidden = false) {
  const now = new Date();
  for (let index = 0; index < count; index++) {
    const email = `${name.toLowerCase()}-${index}@example.org`;
    const user = await t.db.user.create({ data: { email, displayName: `${name} ${index}`, hiddenFromLeaderboard: hidden } });
    for (const period of [allTimePeriod, isoWeekPeriod(now)]) {
      await t.db.leaderboardEntry.create({ data: { period, userId: user.id, scorePoints: scorePoints(index), reachedAt: now } });
    }
  }
}

async function seriousViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id}: ${violation.help}`);
}

describe("leaderboards", () => {
  it("sends a visitor to sign in first", async () => {
    await page.goto(`${app.baseUrl}/leaderboard`);
    await page.waitForURL(`${app.baseUrl}/sign-in?next=%2Fleaderboard`);
  });

  it("lists a learner who signed up and solved an exercise, on both boards", async () => {
    await seedLearners("Rival", 2, (index) => 2000 - 1000 * index);
    await seedLearners("Hidden", 1, () => 5000, true);
    await page.goto(`${app.baseUrl}/sign-up?next=%2Fexercises%2Ffirst-pod`);
    await page.getByLabel("Display name").fill("Grace");
    await page.getByLabel("Email").fill("grace@example.org");
    await page.getByLabel("Password").fill(testPassword);
    await page.getByRole("button", { name: "Create an account" }).click();
    await page.waitForURL(`${app.baseUrl}/exercises/first-pod`);
    await editor().locator(".view-lines").waitFor();
    await page.evaluate((value) => navigator.clipboard.writeText(value), validPod);
    await editor().locator(".view-lines").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("ControlOrMeta+V");
    await expect.poll(editorText).toBe(validPod.replace(/\n$/, ""));
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByLabel("Verdict").getByRole("heading", { name: /Passed · 100%/ }).waitFor();

    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Leaderboard" }).click();
    await page.getByRole("heading", { name: "Leaderboard", level: 1 }).waitFor();
    const rows = await boardRows().allInnerTexts();
    expect(rows.map((row) => row.split("\t").map((cell) => cell.trim()))).toEqual([
      ["1", "Rival 0", "20"],
      // Rival 1 reached 10 points before Grace did.
      ["2", "Rival 1", "10"],
      ["3", "Grace (you)", "10"],
    ]);
    expect(await page.getByText("You are number 3, with 10 points.").isVisible()).toBe(true);
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: screenshotPath("leaderboard"), fullPage: true });

    await page.getByRole("navigation", { name: "Boards" }).getByRole("link", { name: "This week" }).click();
    await page.waitForURL(`${app.baseUrl}/leaderboard/week`);
    await page.getByText(/Points gained this week/).waitFor();
    expect(await boardRows().nth(2).innerText()).toContain("Grace (you)");
  });

  it("shows the learner's own rank when it is on a later page, with a link there", async () => {
    await seedLearners("Peer", 60, () => 3000);
    await page.goto(`${app.baseUrl}/leaderboard`);
    await page.getByText("You are number 63, with 10 points.").waitFor();
    expect(await boardRows().count()).toBe(50);
    await page.getByRole("link", { name: "Go to your place (page 2)" }).click();
    await page.waitForURL(`${app.baseUrl}/leaderboard?page=2`);
    const own = page.locator("tbody tr[aria-current='true']");
    expect(await own.innerText()).toContain("63");
    expect(await page.getByRole("link", { name: "Previous page" }).isVisible()).toBe(true);
  });

  it("ranks a cohort's members on its own board, and hides other cohorts' boards", async () => {
    const member = (email: string) => t.db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const grace = await member("grace@example.org");
    const rival = await member("rival-0@example.org");
    const instructor = await member("peer-0@example.org");
    const cohort = await t.db.cohort.create({
      data: { name: "Pods 101", joinCode: "PODS101", instructorId: instructor.id, members: { create: [{ userId: grace.id }, { userId: rival.id }] } },
    });
    const other = await t.db.cohort.create({ data: { name: "Elsewhere", joinCode: "ELSE", instructorId: instructor.id } });

    await page.goto(`${app.baseUrl}/leaderboard`);
    await page.getByRole("navigation", { name: "Whose points" }).getByRole("link", { name: "Pods 101" }).click();
    await page.getByRole("heading", { name: "Leaderboard: Pods 101", level: 1 }).waitFor();
    const rows = await boardRows().allInnerTexts();
    expect(rows.map((row) => row.split("\t")[1]!.trim())).toEqual(["Rival 0", "Grace (you)"]);
    expect(await page.getByText("You are number 2, with 10 points.").isVisible()).toBe(true);
    await page.getByRole("navigation", { name: "Boards" }).getByRole("link", { name: "This week" }).click();
    await page.waitForURL(`${app.baseUrl}/leaderboard/week?cohort=${cohort.id}`);

    const refused = await page.goto(`${app.baseUrl}/leaderboard?cohort=${other.id}`);
    expect(refused?.status()).toBe(404);
  });

  it("is in Chinese with the language cookie, and fits 375 px", async () => {
    await context.addCookies([{ name: "podlab_lang", value: "zh", url: app.baseUrl }]);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${app.baseUrl}/leaderboard/week`);
    await page.getByRole("heading", { name: "排行榜", level: 1 }).waitFor();
    expect(await page.getByRole("columnheader", { name: "积分" }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: screenshotPath("leaderboard-zh-375"), fullPage: true });
  });
});

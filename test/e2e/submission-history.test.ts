// A learner's long history on the exercise page, in real Chromium: 25 graded submissions, the
// newest 10 on the page, "Show older submissions" twice (by keyboard, then by mouse) with focus
// on the first row loaded and no axe violation, the diff of a page's oldest row, and the checks
// of the very first submission; then the same in Chinese at 375 px.
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../../lib/db/client.ts";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { courseGrader } from "../../worker/jobs/course-grader.ts";
import { validPod } from "../fixtures/pods.ts";
import { createTestEnv, projectRoot, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, signedInContext, startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Submission ids, oldest first. */
const seeded: string[] = [];
const email = "long-history@example.org";

/**
 * The Pod of attempt `index`: the first one lacks its image (rejected by the API server), every
 * later one is valid and differs from the one before by its comment line.
 */
const podOf = (index: number) => (index === 0 ? validPod.replace("    image: nginx\n", "") : `# attempt ${index}\n${validPod}`);

beforeAll(async () => {
  t = await createTestEnv();
  // Every submission is stored graded, so no worker is needed.
  app = await startWebApp(t, { withWorker: false });
  browser = await launchChromium();
  context = await signedInContext(browser, app.baseUrl, email, { viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  const { id: userId } = await t.db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const grade = courseGrader(loadCurriculum(join(projectRoot, "lessons")));
  const nowMs = Date.now();
  for (let index = 0; index < 25; index++) {
    const yaml = podOf(index);
    const verdict = grade("first-pod", yaml)!;
    const queuedAt = new Date(nowMs - (25 - index) * 60_000);
    const row = await t.db.submission.create({
      data: {
        userId,
        exerciseId: "first-pod",
        yaml,
        status: "graded",
        verdict: verdict as unknown as Prisma.InputJsonValue,
        score: verdict.score,
        passed: verdict.passed,
        queuedAt,
        finishedAt: new Date(queuedAt.getTime() + 1000),
      },
      select: { id: true },
    });
    seeded.push(row.id);
  }
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
  await t?.cleanup();
});

const history = () => page.getByRole("region", { name: "Your submissions" });
/** The body rows of the history table. */
const rows = () => history().locator("tbody tr");
const focusedId = () => page.evaluate(() => document.activeElement?.id ?? "");

describe("a long submission history", () => {
  it("shows the newest 10, and compares the 10th with the 11th rather than calling it the first", async () => {
    await page.goto(`${app.baseUrl}/exercises/first-pod`);
    await history().waitFor();
    await expect(rows().count()).resolves.toBe(10);
    await expect(rows().nth(9).getByRole("button", { name: /Diff/ }).textContent()).resolves.toContain("+1 −1");
    await history().getByRole("button", { name: "Show older submissions" }).waitFor();
  });

  it("loads the next 10 with the keyboard and puts focus on the first of them", async () => {
    await history().getByRole("button", { name: "Show older submissions" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => rows().count()).toBe(20);
    await expect.poll(focusedId).toBe(`history-row-${seeded[14]}`);
    await expect(history().getByRole("status").textContent()).resolves.toBe("10 older submissions loaded.");
    await history().screenshot({ path: screenshotPath("exercise-history-page-2-1280") });
  });

  it("loads the last 5, then offers no more", async () => {
    await history().getByRole("button", { name: "Show older submissions" }).click();
    await expect.poll(() => rows().count()).toBe(25);
    await expect.poll(focusedId).toBe(`history-row-${seeded[4]}`);
    await expect(history().getByRole("status").textContent()).resolves.toBe("5 older submissions loaded. These are all your submissions.");
    await expect(history().getByRole("button", { name: "Show older submissions" }).count()).resolves.toBe(0);
    await expect(rows().nth(24).textContent()).resolves.toContain("first");
    const { violations } = await new AxeBuilder({ page }).include(".history").analyze();
    expect(violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id)).toEqual([]);
    await history().screenshot({ path: screenshotPath("exercise-history-older-1280") });
  });

  it("shows the diff of an old submission against the one before it", async () => {
    await rows().nth(23).getByRole("button", { name: /Diff/ }).click();
    const diff = history().getByRole("region", { name: /Changes in the submission of/ });
    const added = await diff.locator('[data-kind="added"]').allTextContents();
    expect(added.map((line) => line.replace(/^\d*\s*/, "").trim())).toEqual(["+# attempt 1", "+    image: nginx"]);
  });

  it("opens the checks of the very first submission", async () => {
    await rows().nth(24).getByRole("button", { name: "Show checks" }).click();
    const earlier = history().getByRole("region", { name: /Verdict of the submission of/ });
    const group = earlier.getByRole("group", { name: "Earlier verdict" });
    await group.getByRole("heading", { name: /Rejected by the API server · 0%/ }).waitFor();
    await expect(group.getByRole("list", { name: "Checks" }).textContent()).resolves.toContain("spec.containers[0].image: Required value");
    await expect(rows().nth(24).getByRole("button", { name: "Show checks" }).getAttribute("aria-expanded")).resolves.toBe("true");
  });

  it("works in Chinese at 375 px", async () => {
    await context.addCookies([{ name: "podlab_lang", value: "zh", url: app.baseUrl }]);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    const zhHistory = page.getByRole("region", { name: "你的提交" });
    await expect.poll(() => zhHistory.locator("tbody tr").count()).toBe(10);
    for (const count of [20, 25]) {
      await zhHistory.getByRole("button", { name: "显示更早的提交" }).click();
      await expect.poll(() => zhHistory.locator("tbody tr").count()).toBe(count);
    }
    await expect(zhHistory.getByRole("status").textContent()).resolves.toBe("已加载 5 条更早的提交。以上是你的全部提交。");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await zhHistory.screenshot({ path: screenshotPath("exercise-history-older-375") });
  });

  it("shows times in the browser's time zone, with no hydration mismatch against the server's", async () => {
    // The web server runs in UTC here; a learner in Shanghai is 8 hours ahead.
    const shanghai = await browser.newContext({ timezoneId: "Asia/Shanghai", storageState: await context.storageState() });
    await shanghai.clearCookies({ name: "podlab_lang" });
    const shanghaiPage = await shanghai.newPage();
    const errors: string[] = [];
    shanghaiPage.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    shanghaiPage.on("pageerror", (error) => errors.push(error.message));
    await shanghaiPage.goto(`${app.baseUrl}/exercises/first-pod`);
    const newest = shanghaiPage.getByRole("region", { name: "Your submissions" }).locator("tbody tr time").first();
    const iso = (await newest.getAttribute("datetime"))!;
    const expected = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" }).format(new Date(iso));
    await expect.poll(() => newest.textContent()).toBe(expected);
    // A production build reports a hydration mismatch as "Minified React error #418".
    expect(errors.filter((text) => /hydrat|React error/i.test(text))).toEqual([]);
    await shanghai.close();
  });
});

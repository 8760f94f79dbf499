// Accessibility of every page in real Chromium: axe-core finds no serious or critical violation
// (home, a lesson in each language, an exercise signed out and before and after a verdict, the
// account pages, the playground with a result); the core journey works with the keyboard alone;
// and every page fits 375 px.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, signedInContext, startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t);
  browser = await launchChromium();
  context = await signedInContext(browser, app.baseUrl, "a11y@example.org", { viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
  await t?.cleanup();
});

/** The serious and critical violations on the page, one line per rule with where it fails. */
async function seriousViolations(on: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: on }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

const editor = (on: Page) => on.locator(".exercise-editor .monaco-editor").first();
const verdict = (on: Page) => on.getByRole("group", { name: "Verdict" });
const isFocusInEditor = (on: Page) => on.evaluate(() => document.activeElement?.closest(".monaco-editor") !== null);

/** Presses Tab until `isDone` holds for the focused element, at most `limit` times. */
async function tabUntil(on: Page, isDone: () => Promise<boolean>, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await isDone()) return;
    await on.keyboard.press("Tab");
  }
  throw new Error(`focus did not arrive after ${limit} presses of Tab`);
}

const focusedName = (on: Page) => on.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
const focusedRole = (on: Page) => on.evaluate(() => document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName.toLowerCase() ?? "");

/** Opens `path` in English (the Chinese lesson remembers its language in a cookie) and waits for its heading. */
async function open(on: Page, path: string) {
  await context.clearCookies({ name: "podlab_lang" });
  await on.goto(`${app.baseUrl}${path}`);
  await on.getByRole("heading", { level: 1 }).first().waitFor();
}

describe("accessibility", () => {
  it.each([
    { name: "home", path: "/" },
    { name: "lesson in English", path: "/lessons/probes" },
    { name: "lesson in Chinese", path: "/lessons/probes/zh" },
    { name: "exercise before a verdict", path: "/exercises/liveness-exec" },
    { name: "profile", path: "/profile" },
    { name: "password change", path: "/account/password" },
  ])("$name has no serious or critical axe violations", async ({ path }) => {
    await open(page, path);
    if (path.startsWith("/exercises/")) await editor(page).locator(".view-lines").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it.each([
    { name: "exercise signed out", path: "/exercises/liveness-exec" },
    { name: "sign-in", path: "/sign-in" },
    { name: "sign-up", path: "/sign-up" },
  ])("$name, for a visitor, has no serious or critical axe violations", async ({ path }) => {
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const visitorPage = await visitor.newPage();
    try {
      await visitorPage.goto(`${app.baseUrl}${path}`);
      await visitorPage.getByRole("heading", { level: 1 }).first().waitFor();
      if (path.startsWith("/exercises/")) await editor(visitorPage).locator(".view-lines").waitFor();
      expect(await seriousViolations(visitorPage)).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 60_000);

  it("the exercise journey works with the keyboard alone, and has no violations after a verdict", async () => {
    await open(page, "/exercises/liveness-exec");
    await editor(page).locator(".view-lines").waitFor();
    await tabUntil(page, () => isFocusInEditor(page));
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type("# by keyboard");
    await expect.poll(async () => (await editor(page).locator(".view-lines").innerText()).replace(/\u00a0/g, " ")).toContain("# by keyboard");
    await page.keyboard.press("Control+Enter");
    await verdict(page).getByRole("heading", { name: /Not yet · \d+%/ }).waitFor();

    // Ctrl+M lets Tab leave Monaco; from there Tab reaches the verdict and then the history.
    await page.keyboard.press("Control+M");
    await page.keyboard.press("Tab");
    expect(await isFocusInEditor(page)).toBe(false);
    await tabUntil(page, async () => (await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")) === "Verdict");
    await tabUntil(page, () => page.evaluate(() => document.activeElement?.closest(".history") !== null));

    // The timeline's tabs: Shift+Tab goes back to the selected one, arrow keys move and select.
    for (let presses = 0; presses < 60 && (await focusedRole(page)) !== "tab"; presses++) await page.keyboard.press("Shift+Tab");
    expect(await focusedRole(page)).toBe("tab");
    const first = await focusedName(page);
    await page.keyboard.press("ArrowRight");
    expect(await focusedRole(page)).toBe("tab");
    expect(await focusedName(page)).not.toBe(first);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-selected"))).resolves.toBe("true");
    await page.keyboard.press("ArrowLeft");
    expect(await focusedName(page)).toBe(first);

    // The picture (probe ticks, marks, segments) is one Tab stop; arrow keys move inside it.
    const inPicture = () => page.evaluate(() => document.activeElement?.closest("svg[role=group]") != null);
    await tabUntil(page, inPicture, 6);
    await expect(page.evaluate(() => document.activeElement!.closest("svg")!.querySelectorAll('g[tabindex="0"]').length)).resolves.toBe(1);
    const firstMark = await page.evaluate(() => document.activeElement?.querySelector(":scope > title")?.textContent);
    await page.keyboard.press("ArrowRight");
    expect(await inPicture()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.querySelector(":scope > title")?.textContent)).not.toBe(firstMark);
    await page.keyboard.press("End");
    await page.keyboard.press("Tab");
    expect(await inPicture()).toBe(false);

    await page.screenshot({ path: screenshotPath("a11y-exercise-verdict"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it("at 375 px, the history's diff and an earlier verdict have no violations, and the diff scrolls by keyboard", async () => {
    const narrow = await context.newPage();
    try {
      await narrow.setViewportSize({ width: 375, height: 800 });
      await open(narrow, "/exercises/liveness-exec");
      await editor(narrow).locator(".view-lines").waitFor();
      // A second submission with a line far wider than the phone, so the diff scrolls sideways.
      await editor(narrow).locator(".view-lines").click();
      await narrow.keyboard.press("ControlOrMeta+End");
      await narrow.keyboard.press("Enter");
      await narrow.keyboard.type(`# ${"a long note that runs off the screen of a phone ".repeat(3)}`);
      await narrow.keyboard.press("Control+Enter");
      const history = narrow.getByRole("region", { name: "Your submissions" });
      await history.getByRole("row").nth(2).waitFor();
      await expect.poll(() => history.getByRole("row").nth(1).getAttribute("data-status"), { timeout: 20_000 }).toBe("graded");

      await history.getByRole("button", { name: /Diff/ }).first().click();
      const lines = history.getByRole("list", { name: "Changed lines" });
      await lines.waitFor();
      expect(await lines.evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
      await lines.focus();
      await narrow.keyboard.press("ArrowRight");
      await expect.poll(() => lines.evaluate((pre) => pre.scrollLeft)).toBeGreaterThan(0);
      await narrow.screenshot({ path: screenshotPath("a11y-375-submission-diff"), fullPage: true });
      expect(await seriousViolations(narrow)).toEqual([]);

      await history.getByRole("button", { name: "Show checks" }).last().click();
      await history.getByRole("region", { name: /Verdict of the submission of/ }).getByRole("listitem").first().waitFor();
      await narrow.screenshot({ path: screenshotPath("a11y-375-earlier-verdict"), fullPage: true });
      expect(await seriousViolations(narrow)).toEqual([]);
    } finally {
      await narrow.close();
    }
  }, 90_000);

  it("the playground with a result has no serious or critical axe violations", async () => {
    await open(page, "/playground");
    await page.locator(".playground-pod .monaco-editor .view-lines").waitFor();
    await page.getByRole("button", { name: "Simulate", exact: true }).click();
    await page.getByRole("region", { name: "Result" }).locator("svg").first().waitFor();
    await page.screenshot({ path: screenshotPath("a11y-playground"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it.each([
    { name: "home", path: "/", hasEditor: false },
    { name: "lesson-en", path: "/lessons/probes", hasEditor: false },
    { name: "lesson-zh", path: "/lessons/probes/zh", hasEditor: false },
    { name: "exercise-verdict", path: "/exercises/liveness-exec", hasEditor: true },
    { name: "playground", path: "/playground", hasEditor: true },
    { name: "profile", path: "/profile", hasEditor: false },
  ])("$name fits 375 px without sideways scrolling", async ({ name, path, hasEditor }) => {
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 375, height: 800 });
    await open(narrow, path);
    if (hasEditor) await narrow.locator(".monaco-editor .view-lines").first().waitFor();
    const width = await narrow.evaluate(() => document.documentElement.scrollWidth);
    await narrow.screenshot({ path: screenshotPath(`a11y-375-${name}`), fullPage: true });
    await narrow.close();
    expect(width).toBeLessThanOrEqual(375);
  });
});

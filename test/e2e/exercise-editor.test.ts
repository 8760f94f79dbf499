// The exercise page in real Chromium: Monaco from the site itself (never a CDN), monaco-yaml's
// schema markers, a wrong Pod with its failed check, hint and API-server marker, a right one with
// its timeline, the diff between the two, and the draft and history after a reload.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPod } from "../fixtures/pods.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, signedInContext, startWebApp, type WebApp } from "../support/web-app.ts";
import { exerciseEditor, exerciseEditorText, setExerciseEditorText } from "../support/exercise-editor.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requestUrls: string[] = [];

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t);
  browser = await launchChromium();
  context = await signedInContext(browser, app.baseUrl, "editor@example.org", { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.baseUrl });
  context.on("request", (request) => requestUrls.push(request.url()));
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
  await t?.cleanup();
});

const editor = () => exerciseEditor(page);
const editorText = () => exerciseEditorText(page);
const editorProblems = () => page.getByRole("list", { name: "Problems in the editor" });
const verdict = () => page.getByRole("group", { name: "Verdict" });

const setEditorText = (text: string) => setExerciseEditorText(page, text);

const missingImage = validPod.replace("    image: nginx\n", "");

describe("the exercise page", () => {
  it("loads Monaco with the starter, with every request on the site's own origin", async () => {
    await page.goto(`${app.baseUrl}/exercises/first-pod`);
    await page.getByRole("heading", { level: 1, name: "Your first Pod" }).waitFor();
    await editor().locator(".view-lines").waitFor();
    await expect.poll(editorText).toContain("- name: nginx");
    await expect(page.getByRole("region", { name: "Task" }).locator("code").first().textContent()).resolves.toBe("web");
    const foreign = requestUrls.filter((url) => !url.startsWith(app.baseUrl) && !url.startsWith("data:") && !url.startsWith("blob:"));
    expect(foreign).toEqual([]);
    expect(requestUrls.some((url) => url.includes("/_next/static/"))).toBe(true);
    await page.screenshot({ path: screenshotPath("exercise-editor"), fullPage: true });
  });

  it("shows monaco-yaml's schema marker for an unknown field", async () => {
    await setEditorText(`${validPod}bogus: 1\n`);
    await expect.poll(async () => (await editorProblems().textContent()) ?? "", { timeout: 15_000 }).toContain("Property bogus is not allowed");
    await expect(editorProblems().textContent()).resolves.toContain("line 9:1");
    await editor().locator(".squiggly-error, .squiggly-warning").first().waitFor();
  });

  it("grades a wrong Pod live: a failed check with its hint, and the API server's error as a marker", async () => {
    await setEditorText(missingImage);
    await page.getByRole("button", { name: "Submit" }).click();
    await verdict().getByRole("heading", { name: /Rejected by the API server · 0%/ }).waitFor();
    const checks = (await verdict().getByRole("list", { name: "Checks" }).textContent()) ?? "";
    expect(checks).toContain("The API server accepts the Pod");
    expect(checks).toContain("Hint: Read the error under the editor");
    await expect(verdict().getByRole("list", { name: "Errors" }).textContent()).resolves.toContain("line 7:5");
    await expect
      .poll(async () => (await editorProblems().textContent()) ?? "")
      .toMatch(/line 7:5spec\.containers\[0\]\.image: Required valueAPI server/);
    await editor().locator(".squiggly-error").first().waitFor();
    await page.screenshot({ path: screenshotPath("exercise-rejected"), fullPage: true });
  });

  it("grades a right Pod with Ctrl+Enter from the editor and draws its timeline", async () => {
    await setEditorText(validPod);
    await page.keyboard.press("Control+Enter");
    await verdict().getByRole("heading", { name: /Passed · 100%/ }).waitFor();
    const timeline = page.getByRole("region", { name: "What happened" });
    await timeline.getByRole("tab", { name: "kubectl get pods -w" }).waitFor({ timeout: 15_000 });
    await expect.poll(() => timeline.getAttribute("aria-busy")).toBe("false");
    await timeline.getByRole("tab", { name: "kubectl get pods -w" }).click();
    await expect(timeline.getByRole("tabpanel").filter({ visible: true }).textContent()).resolves.toMatch(/web\s+1\/1\s+Running/);
    await expect.poll(async () => (await editorProblems().count()) === 0 || !(await editorProblems().textContent())?.includes("API server")).toBe(true);
    await page.screenshot({ path: screenshotPath("exercise-passed"), fullPage: true });
  });

  it("shows the diff of the latest submission against the previous one", async () => {
    const history = page.getByRole("region", { name: "Your submissions" });
    await history.getByRole("button", { name: /Diff/ }).first().click();
    const diff = history.getByRole("region", { name: /Changes in the submission of/ });
    const added = await diff.locator('[data-kind="added"]').allTextContents();
    expect(added.map((line) => line.replace(/^\d*\s*/, "").trim())).toEqual(["+    image: nginx"]);
  });

  it("opens an earlier submission's checks, messages and hints from the history, with the keyboard", async () => {
    const history = page.getByRole("region", { name: "Your submissions" });
    const older = history.getByRole("button", { name: "Show checks" }).nth(1);
    await older.focus();
    await page.keyboard.press("Enter");
    const earlier = history.getByRole("region", { name: /Verdict of the submission of/ });
    const group = earlier.getByRole("group", { name: "Earlier verdict" });
    await group.getByRole("heading", { name: /Rejected by the API server · 0%/ }).waitFor();
    const checks = (await group.getByRole("list", { name: "Checks" }).textContent()) ?? "";
    expect(checks).toContain("The API server rejected the Pod: spec.containers[0].image: Required value");
    expect(checks).toContain("Hint: Read the error under the editor");
    await expect(older.getAttribute("aria-expanded")).resolves.toBe("true");
    // The latest verdict stays where it was.
    await verdict().getByRole("heading", { name: /Passed · 100%/ }).waitFor();
    await page.screenshot({ path: screenshotPath("exercise-earlier-verdict"), fullPage: true });

    await earlier.getByRole("button", { name: "Close" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => earlier.count()).toBe(0);
    await expect.poll(() => older.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it("keeps the draft, the history and the timeline after a reload", async () => {
    await setEditorText(`${validPod}# my notes\n`);
    await page.waitForFunction(() => localStorage.getItem("podlab:draft:first-pod")?.includes("# my notes") === true);
    await page.reload();
    await editor().locator(".view-lines").waitFor();
    await expect.poll(editorText).toContain("# my notes");
    const rows = page.getByRole("region", { name: "Your submissions" }).getByRole("row");
    await expect(rows.count()).resolves.toBe(3);
    const texts = await rows.allTextContents();
    expect(texts[1]).toContain("100% (3/3)");
    expect(texts[2]).toContain("0% (0/3)");
    await page.getByRole("region", { name: "What happened" }).getByRole("tab", { name: "kubectl describe pod" }).waitFor();
    await page.getByRole("button", { name: "Reset to starter" }).click();
    await expect.poll(editorText).not.toContain("image: nginx");
  });

  it("works stacked at 360 px and in Chinese", async () => {
    await context.addCookies([{ name: "podlab_lang", value: "zh", url: app.baseUrl }]);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "你的第一个 Pod" }).waitFor();
    await editor().locator(".view-lines").waitFor();
    await page.getByRole("group", { name: "判定" }).getByRole("heading", { name: /通过 · 100%/ }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath("exercise-360-zh"), fullPage: true });
  });

  it("words the checks and dates in Chinese, in the verdict and in an earlier one (1280 and 375 px)", async () => {
    const latest = page.getByRole("group", { name: "判定" });
    const history = page.getByRole("region", { name: "你的提交" });
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await latest.getByText("API Server 接受了这个 Pod。").waitFor();
      await expect(history.locator("time").first().textContent()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}$/);
      await page.screenshot({ path: screenshotPath(`exercise-verdict-zh-${width}`), fullPage: true });
      await history.getByRole("button", { name: "查看检查项" }).nth(1).click();
      const earlier = history.getByRole("group", { name: "之前的判定" });
      await earlier.getByRole("heading", { name: /被 API Server 拒绝 · 0%/ }).waitFor();
      await expect(earlier.textContent()).resolves.toContain("API Server 拒绝了这个 Pod：spec.containers[0].image: Required value");
      await page.screenshot({ path: screenshotPath(`exercise-earlier-verdict-zh-${width}`), fullPage: true });
      await history.getByRole("button", { name: "关闭" }).click();
    }
  });

  it("offers to sign in again, back to this exercise, when the session ended in another tab", async () => {
    await context.addCookies([{ name: "podlab_lang", value: "en", url: app.baseUrl }]);
    await page.reload();
    await verdict().getByRole("heading", { name: /Passed · 100%/ }).waitFor();
    await setEditorText(`${validPod}# written before signing out\n`);
    await page.waitForFunction(() => localStorage.getItem("podlab:draft:first-pod")?.includes("before signing out") === true);
    // Signing out elsewhere: the same browser's cookies, without this page knowing.
    const out = await context.request.post(`${app.baseUrl}/api/auth/sign-out`, { headers: { origin: app.baseUrl }, data: {} });
    expect(out.ok()).toBe(true);

    await page.getByRole("button", { name: "Submit" }).click();
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect.poll(async () => (await alert.textContent()) ?? "").toContain("You are no longer signed in");
    const again = alert.getByRole("link", { name: "Sign in again" });
    await expect(again.getAttribute("href")).resolves.toBe("/sign-in?next=%2Fexercises%2Ffirst-pod");
    // The page redraws as signed out: no earlier verdict, no history, no Submit button.
    await expect.poll(() => verdict().count()).toBe(0);
    await expect.poll(() => page.getByRole("region", { name: "Your submissions" }).count()).toBe(0);
    await page.getByRole("link", { name: "Sign in to submit" }).waitFor();
    // The header's account menu no longer shows the learner as signed in.
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in", exact: true }).waitFor();
    await expect.poll(editorText).toContain("# written before signing out");
    await page.screenshot({ path: screenshotPath("exercise-session-ended"), fullPage: true });

    await again.click();
    await page.waitForURL(/\/sign-in\?next=%2Fexercises%2Ffirst-pod$/);
  });
});

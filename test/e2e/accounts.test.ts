// Accounts in real Chromium: an exercise asks a visitor to sign in to submit; signing up (after a
// clear field error) comes back to it; the solved exercise shows on the profile and the course
// home, and the profile sets the display name and the leaderboard choice; a fast learner meets
// the submission rate limit with a retry time; signing out and a wrong password behave.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPod } from "../fixtures/pods.ts";
import { testPassword } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, startWebApp, type WebApp } from "../support/web-app.ts";
import { exerciseEditor, setExerciseEditorText } from "../support/exercise-editor.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp({ ...t, env: (extra = {}) => t.env({ SUBMISSIONS_PER_MINUTE: "2", ...extra }) });
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

const editor = () => exerciseEditor(page);
const alert = () => page.getByRole("alert").filter({ hasText: /\S/ });
const accountNav = () => page.getByRole("navigation", { name: "Account" });

const setEditorText = (text: string) => setExerciseEditorText(page, text);

describe("accounts", () => {
  it("asks a visitor to sign in to submit, with a link that comes back", async () => {
    await page.goto(`${app.baseUrl}/exercises/first-pod`);
    await editor().locator(".view-lines").waitFor();
    expect(await page.getByRole("button", { name: "Submit" }).count()).toBe(0);
    const link = page.getByRole("link", { name: "Sign in to submit" });
    expect(await link.getAttribute("href")).toBe("/sign-in?next=%2Fexercises%2Ffirst-pod");
    await page.screenshot({ path: screenshotPath("exercise-signed-out"), fullPage: true });
    await link.click();
    await page.getByRole("heading", { name: "Sign in to PodLab" }).waitFor();
  });

  it("signs up, showing a field's error first, and returns to the exercise", async () => {
    await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
    await page.getByRole("heading", { name: "Create your PodLab account" }).waitFor();
    await page.getByLabel("Display name").fill("Ada");
    await page.getByLabel("Email").fill("ada@example.org");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create an account" }).click();
    const password = page.getByLabel("Password");
    await expect.poll(() => password.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("Use at least 10 characters.").isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath("sign-up-error"), fullPage: true });

    await password.fill(testPassword);
    await page.getByRole("button", { name: "Create an account" }).click();
    await page.waitForURL(`${app.baseUrl}/exercises/first-pod`);
    await page.getByRole("button", { name: "Submit" }).waitFor();
    await accountNav().getByRole("link", { name: "Ada" }).waitFor();
  });

  it("solves the exercise and sees it on the profile and the course home", async () => {
    await editor().locator(".view-lines").waitFor();
    await setEditorText(validPod);
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByLabel("Verdict").getByRole("heading", { name: /Passed · 100%/ }).waitFor();

    await accountNav().getByRole("link", { name: "Ada" }).click();
    await page.getByRole("heading", { name: "Ada", level: 1 }).waitFor();
    const stat = (name: string) => page.locator(".profile-stats div").filter({ hasText: name }).locator("dd");
    expect(await stat("Exercises solved").textContent()).toBe("1");
    expect(await stat("Points").textContent()).toBe("10");
    expect(await stat("Day streak").textContent()).toBe("1");
    const activity = page.getByRole("table").getByRole("row");
    expect(await activity.count()).toBe(2);
    expect(await activity.nth(1).textContent()).toContain("passed · 100%");
    await page.screenshot({ path: screenshotPath("profile"), fullPage: true });

    await page.getByLabel("Display name").fill("Ada L");
    await page.getByLabel("Hide me from leaderboards").check();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await page.getByRole("heading", { name: "Ada L", level: 1 }).waitFor();
    await accountNav().getByRole("link", { name: "Ada L" }).waitFor();
    expect(await t.db.user.findUniqueOrThrow({ where: { email: "ada@example.org" } })).toMatchObject({ displayName: "Ada L", hiddenFromLeaderboard: true });

    await page.goto(app.baseUrl);
    await expect.poll(() => page.locator(".lesson-completion").first().textContent()).toBe("1 of 2 solved");
  });

  it("shows the submission rate limit and when to try again", async () => {
    await page.goto(`${app.baseUrl}/exercises/first-pod`);
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByLabel("Verdict").getByRole("heading", { name: /Passed · 100%/ }).waitFor();
    await page.getByRole("button", { name: "Submit" }).click();
    await expect.poll(async () => (await alert().textContent()) ?? "").toMatch(/You have submitted 2 times in the last minute\..* You can submit again in \d+ s\./);
    expect(await t.db.submission.count()).toBe(2);

    const refused = await page.request.post(`${app.baseUrl}/api/submissions`, { data: { exerciseId: "first-pod", yaml: validPod } });
    expect(refused.status()).toBe(429);
    const retryAfter = Number(refused.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({ error: { code: "too_many_requests", retryAfterSeconds: retryAfter } });
  });

  it("signs out, and refuses a wrong password before signing in again", async () => {
    await accountNav().getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${app.baseUrl}/`);
    await accountNav().getByRole("link", { name: "Sign in" }).click();
    await page.getByLabel("Email").fill("ada@example.org");
    await page.getByLabel("Password").fill("not my password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await alert().filter({ hasText: "That email and password do not match an account" }).waitFor();
    await page.getByLabel("Password").fill(testPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${app.baseUrl}/`);
    await accountNav().getByRole("link", { name: "Ada L" }).waitFor();
  });
});

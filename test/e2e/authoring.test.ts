// Instructors and admins in Chromium (issue 8): an instructor runs an exercise's reference answers
// on the workers and reads each verdict; an admin makes a student an instructor at /admin/users,
// and makes a reset link with which a learner who forgot their password sets a new one.
// The pages pass axe and fit 375 px; everyone else is refused, over HTTP.
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { authRequest, signUpOverHttp } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
const cookies: Record<"student" | "instructor" | "admin", string> = { student: "", instructor: "", admin: "" };

const firstPod = loadCurriculum(resolve(import.meta.dirname, "../../lessons"))
  .flatMap((lesson) => lesson.exercises)
  .find((exercise) => exercise.id === "first-pod")!;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t);
  browser = await launchChromium();
  for (const role of ["student", "instructor", "admin"] as const) {
    cookies[role] = await signUpOverHttp(app.baseUrl, `${role}@authoring.test`);
    await t.db.user.update({ where: { email: `${role}@authoring.test` }, data: { role } });
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await t?.cleanup();
});

/** A browser context carrying `cookie` (and the language cookie for `language`). */
async function contextWith(cookie: string, width: number, language: "en" | "zh" = "en"): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const pairs = [...cookie.split("; "), `podlab_lang=${language}`];
  await context.addCookies(
    pairs.map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: app.baseUrl };
    }),
  );
  return context;
}

async function seriousViolations(on: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: on }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

const scrollWidth = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth);

const send = (method: string, path: string, cookie: string | null, body?: unknown, origin: string = app.baseUrl) =>
  fetch(`${app.baseUrl}${path}`, {
    method,
    redirect: "manual",
    headers: { "content-type": "application/json", origin, ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe("reference answers on the exercise page", () => {
  it.each([
    { width: 1280, name: "desktop" },
    { width: 375, name: "375px" },
  ])("an instructor runs them and sees every verdict ($name)", async ({ width, name }) => {
    const context = await contextWith(cookies.instructor, width);
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/exercises/first-pod`);
    const panel = page.getByRole("region", { name: "Reference answers" });
    await panel.getByRole("button", { name: "Run reference answers" }).click();
    const count = firstPod.solutions.length + firstPod.wrongAnswers.length;
    // The first jobs wait for the worker's threads to start; on a busy 2-core machine that is slow.
    await expect.poll(() => panel.getByRole("status").innerText(), { timeout: 90_000 }).toMatch(/answers (behave|do not behave) as the file declares/);
    const runs = panel.locator(".reference-run");
    expect(await runs.count()).toBe(count);
    await expect.poll(() => panel.getByRole("heading", { name: "Solution 1: ✓ as declared" }).count()).toBe(1);
    expect(await panel.getByRole("heading", { name: /^Wrong answer 1: / }).count()).toBe(1);
    // Each run lists every check of the exercise with its outcome.
    expect(await runs.first().locator(".check").count()).toBe(firstPod.checks.length);
    await page.screenshot({ path: screenshotPath(`authoring-reference-answers-${name}`), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    await context.close();
  }, 150_000);

  it("is not shown to a student, and its API refuses everyone but authors", async () => {
    const context = await contextWith(cookies.student, 1280);
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/exercises/first-pod`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("region", { name: "Reference answers" }).count()).toBe(0);
    await context.close();
    const path = "/api/exercises/first-pod/reference-answers";
    expect((await send("POST", path, null)).status).toBe(401);
    expect((await send("POST", path, cookies.student)).status).toBe(403);
    expect((await send("POST", path, cookies.instructor, undefined, "https://evil.example")).status).toBe(403);
    expect((await send("POST", "/api/exercises/no-such-exercise/reference-answers", cookies.instructor)).status).toBe(404);
  });
});

describe("/admin/users", () => {
  it("an admin finds a student by email and makes them an instructor", async () => {
    const newcomer = "newcomer@authoring.test";
    await signUpOverHttp(app.baseUrl, newcomer);
    const context = await contextWith(cookies.admin, 1280);
    const page = await context.newPage();
    // The header's account menu leads admins to the page.
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Users" }).click();
    await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await page.getByRole("searchbox", { name: "Search by email" }).fill("newcomer");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/q=newcomer/);
    await page.getByRole("combobox", { name: `Role of ${newcomer}` }).selectOption("instructor");
    await page.getByRole("button", { name: `Save: ${newcomer}` }).click();
    await expect.poll(() => page.getByRole("status").innerText()).toBe(`${newcomer} is now instructor.`);
    expect((await t.db.user.findUniqueOrThrow({ where: { email: newcomer } })).role).toBe("instructor");
    await page.screenshot({ path: screenshotPath("authoring-admin-users"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it("fits 375 px, in Chinese too, with no serious axe violations", async () => {
    const context = await contextWith(cookies.admin, 375, "zh");
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/admin/users`);
    await page.getByRole("heading", { level: 1, name: "用户" }).waitFor();
    await page.screenshot({ path: screenshotPath("authoring-admin-users-375-zh"), fullPage: true });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it("sends visitors to sign in and answers 403 to students and instructors", async () => {
    const visitor = await send("GET", "/admin/users", null);
    expect([303, 307]).toContain(visitor.status);
    expect(visitor.headers.get("location")).toContain("/sign-in?next=%2Fadmin%2Fusers");
    expect((await send("GET", "/admin/users", cookies.student)).status).toBe(403);
    expect((await send("GET", "/admin/users", cookies.instructor)).status).toBe(403);
    expect((await send("GET", "/admin/users", cookies.admin)).status).toBe(200);
  });

  it("changes roles only for admins, from this site, and never demotes the last admin", async () => {
    const target = await t.db.user.findUniqueOrThrow({ where: { email: "student@authoring.test" } });
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "admin@authoring.test" } });
    const path = (id: string) => `/api/admin/users/${id}/role`;
    expect((await send("PUT", path(target.id), null, { role: "admin" })).status).toBe(401);
    expect((await send("PUT", path(target.id), cookies.student, { role: "admin" })).status).toBe(403);
    expect((await send("PUT", path(target.id), cookies.instructor, { role: "admin" })).status).toBe(403);
    expect((await send("PUT", path(target.id), cookies.admin, { role: "admin" }, "https://evil.example")).status).toBe(403);
    expect((await send("PUT", path(target.id), cookies.admin, { role: "owner" })).status).toBe(400);
    expect((await send("PUT", path("no-such-user"), cookies.admin, { role: "student" })).status).toBe(404);
    expect((await send("PUT", path("bad%00id"), cookies.admin, { role: "student" })).status).toBe(400);
    const demoteSelf = await send("PUT", path(admin.id), cookies.admin, { role: "student" });
    expect(demoteSelf.status).toBe(409);
    expect(await demoteSelf.json()).toMatchObject({ error: { code: "conflict" } });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("student");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });
});

describe("password reset links", () => {
  it("an admin makes one at /admin/users; the learner sets a new password with it once, in Chinese at 375 px", async () => {
    const email = "forgetful@authoring.test";
    const oldSession = await signUpOverHttp(app.baseUrl, email);
    const adminContext = await contextWith(cookies.admin, 1280);
    const admin = await adminContext.newPage();
    await admin.goto(`${app.baseUrl}/admin/users?q=forgetful`);
    await admin.getByRole("button", { name: `Reset link: ${email}` }).click();
    await expect.poll(() => admin.getByRole("status").innerText()).toMatch(`A reset link for ${email} is below.`);
    // Its expiry with the date, as a link made before midnight lasts into the next day.
    await expect(admin.getByRole("status").innerText()).resolves.toMatch(/until [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}/);
    const url = await admin.getByRole("textbox", { name: new RegExp(`^Reset link for ${email}`) }).inputValue();
    expect(url).toMatch(/\/api\/auth\/reset-password\/[A-Za-z0-9]+\?callbackURL=/);
    await admin.screenshot({ path: screenshotPath("authoring-reset-link"), fullPage: true });
    expect(await seriousViolations(admin)).toEqual([]);
    await adminContext.close();

    const learnerContext = await browser.newContext({ viewport: { width: 375, height: 900 } });
    await learnerContext.addCookies([{ name: "podlab_lang", value: "zh", url: app.baseUrl }]);
    const learner = await learnerContext.newPage();
    await learner.goto(url);
    await learner.waitForURL(/\/account\/reset-password\?token=/);
    await learner.getByRole("heading", { level: 1, name: "设置新密码" }).waitFor();
    expect(await seriousViolations(learner)).toEqual([]);
    await learner.getByLabel("新密码").fill("my brand new password");
    await learner.getByRole("button", { name: "设置密码" }).click();
    await learner.getByRole("status").filter({ hasText: "新密码已设置" }).waitFor();
    expect(await scrollWidth(learner)).toBeLessThanOrEqual(375);
    await learner.screenshot({ path: screenshotPath("reset-password-375-zh"), fullPage: true });

    // The session from before the reset is over; the new password signs in.
    const session = await fetch(`${app.baseUrl}/api/auth/get-session`, { headers: { cookie: oldSession } });
    expect(await session.json()).toBeNull();
    expect((await fetch(authRequest(app.baseUrl, "/sign-in/email", { email, password: "my brand new password" }))).status).toBe(200);

    // The link works once: opened again, it says so and what to do.
    await learner.goto(url);
    await learner.getByText("此重置链接已失效").waitFor();
    expect(await learner.getByRole("textbox").count()).toBe(0);
    await learnerContext.close();
  }, 60_000);

  it("refuses a dead link on the page and when the form is sent", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${app.baseUrl}/account/reset-password?token=${"A".repeat(24)}`);
    await page.getByText("This reset link no longer works").waitFor();
    const response = await fetch(authRequest(app.baseUrl, "/reset-password", { token: "A".repeat(24), newPassword: "long enough password" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "INVALID_TOKEN" });
    await page.context().close();
  });
});

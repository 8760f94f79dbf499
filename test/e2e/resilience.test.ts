// Errors a learner can meet, in real Chromium: a refused submission (429 with Retry-After, or a
// 5xx) says why and what to do; with no grader running the page says grading is delayed and the
// submission is safe; and when the web server restarts while the page waits for a verdict, the
// event stream reconnects by itself and the verdict still arrives, without a reload, clearing the
// error of a submit that could not reach the server meanwhile.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, eventually, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, signedInContext, startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  t = await createTestEnv();
  // The grader is down from the start: no worker until a test starts one.
  app = await startWebApp(t, { withWorker: false });
  browser = await launchChromium();
  context = await signedInContext(browser, app.baseUrl, "resilience@example.org", { viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  // A clock the test can move forward, instead of sleeping through the delay notice's wait.
  await page.clock.install();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
  await t?.cleanup();
});

const verdict = () => page.getByRole("group", { name: "Verdict" });
/** Our alert: Monaco and Next's route announcer keep empty alert regions of their own. */
const alert = () => page.getByRole("alert").filter({ hasText: /\S/ });

async function openExercise() {
  await page.goto(`${app.baseUrl}/exercises/first-pod`);
  await page.locator(".exercise-editor .monaco-editor .view-lines").waitFor();
}

describe("when things go wrong", () => {
  it("shows a 429's message and when to retry, and a bare 5xx's status, keeping the draft", async () => {
    await openExercise();
    await page.route("**/api/submissions", (route) =>
      route.request().method() !== "POST"
        ? route.continue()
        : route.fulfill({
            status: 429,
            headers: { "retry-after": "30" },
            json: { error: { code: "rate_limited", message: "Too many submissions in a short time." } },
          }),
    );
    await page.getByRole("button", { name: "Submit" }).click();
    await expect.poll(async () => (await alert().textContent()) ?? "").toBe("Too many submissions in a short time. You can submit again in 30 s.");

    await page.unroute("**/api/submissions");
    await page.route("**/api/submissions", (route) =>
      route.request().method() !== "POST" ? route.continue() : route.fulfill({ status: 502, contentType: "text/html", body: "<h1>Bad Gateway</h1>" }),
    );
    await page.getByRole("button", { name: "Submit" }).click();
    await expect.poll(async () => (await alert().textContent()) ?? "").toContain("The server answered 502. Your draft is kept in this browser");
    await page.unroute("**/api/submissions");
    expect(await t.db.submission.count()).toBe(0);
  });

  it("says grading is delayed, and the submission safe, while no grader runs", async () => {
    await page.getByRole("button", { name: "Submit" }).click();
    await verdict().getByRole("heading", { name: "Waiting for a grader…" }).waitFor();
    await expect(verdict().textContent()).resolves.not.toContain("Grading is delayed");
    await page.clock.fastForward("00:20");
    const notice = verdict().getByRole("status").filter({ hasText: "Grading is delayed." });
    await expect.poll(async () => (await notice.textContent()) ?? "").toContain("Your submission is saved and will be graded as soon as a grader is free");
    await page.screenshot({ path: screenshotPath("resilience-grading-delayed"), fullPage: true });
    const [row] = await t.db.submission.findMany({ select: { status: true } });
    expect(row?.status).toBe("queued");
  });

  it("reconnects the event stream across a web server restart and shows the verdict without a reload", async () => {
    await page.evaluate(() => Object.assign(window, { podlabSamePage: true }));
    // A second submit while the network is down fails; the verdict that arrives later clears that error.
    await page.route("**/api/submissions", (route) => (route.request().method() !== "POST" ? route.continue() : route.abort("internetdisconnected")));
    await page.getByRole("button", { name: "Submit" }).click();
    await expect.poll(async () => (await alert().textContent()) ?? "").toContain("Could not reach the server.");
    await page.unroute("**/api/submissions");
    const restarted = app.restartWeb();
    // While the server is away, the page says the connection is lost and that it is reconnecting.
    await verdict().getByRole("status").filter({ hasText: "Connection lost." }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: screenshotPath("resilience-reconnecting"), fullPage: true });
    await restarted;
    await expect.poll(async () => verdict().getByRole("status").filter({ hasText: "Connection lost." }).count(), { timeout: 15_000 }).toBe(0);

    // The grader comes back: the queued submission is graded, and the reconnected stream brings the verdict.
    await app.startWorker();
    await eventually(() => t.db.submission.findMany({ select: { status: true } }), (rows) => rows[0]?.status === "graded");
    await verdict().getByRole("heading", { name: /· \d+%/ }).waitFor({ timeout: 15_000 });
    await expect.poll(() => alert().count()).toBe(0);
    await expect(page.evaluate(() => "podlabSamePage" in window)).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath("resilience-verdict-after-restart"), fullPage: true });
  }, 90_000);
});

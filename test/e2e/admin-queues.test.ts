// The BullMQ dashboard (bull-board) at /admin/queues: admins only, the real UI in Chromium
// showing the grading queue, and its JSON API behind the same checks.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPod } from "../fixtures/pods.ts";
import { signUpOverHttp } from "../support/accounts.ts";
import { createTestEnv, eventually, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let studentCookie: string;
let adminCookie: string;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t);
  browser = await launchChromium();
  studentCookie = await signUpOverHttp(app.baseUrl, "student@queues.test");
  adminCookie = await signUpOverHttp(app.baseUrl, "admin@queues.test");
  await t.db.user.update({ where: { email: "admin@queues.test" }, data: { role: "admin" } });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await t?.cleanup();
});

const get = (path: string, cookie?: string) => fetch(`${app.baseUrl}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });

describe("/admin/queues", () => {
  it("sends a visitor who is not signed in to sign in, and back afterwards", async () => {
    const response = await get("/admin/queues");
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).pathname + new URL(response.headers.get("location")!).search).toBe("/sign-in?next=%2Fadmin%2Fqueues");
  });

  it("refuses a student with 403, for the page and for its API", async () => {
    for (const path of ["/admin/queues", "/admin/queues/api/queues"]) {
      const response = await get(path, studentCookie);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "forbidden", message: "Only admins may see the queue dashboard." } });
    }
  });

  it("gives an admin the dashboard, its static files and its API with the grading queue", async () => {
    const page = await get("/admin/queues", adminCookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    const script = html.match(/src="([^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    expect((await get(new URL(script!, `${app.baseUrl}/admin/queues/`).pathname, adminCookie)).status).toBe(200);
    const api = await get("/admin/queues/api/queues", adminCookie);
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string }[] };
    expect(body.queues.map((queue) => queue.name)).toEqual(["grading"]);
  });

  it("refuses a job action posted from another site, even with an admin's cookie", async () => {
    const response = await fetch(`${app.baseUrl}/admin/queues/api/queues/grading/pause`, {
      method: "PUT",
      headers: { cookie: adminCookie, origin: "https://evil.example" },
    });
    expect(response.status).toBe(403);
    expect(await t.queue.isPaused()).toBe(false);
  });

  it("shows the grading queue and its jobs in the real dashboard in Chromium", async () => {
    const submitted = await fetch(`${app.baseUrl}/api/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.baseUrl, cookie: studentCookie },
      body: JSON.stringify({ exerciseId: "first-pod", yaml: validPod }),
    });
    expect(submitted.status).toBe(202);
    const { id } = (await submitted.json()) as { id: string };
    await eventually(() => t.db.submission.findUniqueOrThrow({ where: { id } }), (row) => row.status === "graded");
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies(
      adminCookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: app.baseUrl };
      }),
    );
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/admin/queues`);
    await expect.poll(() => page.getByText("grading", { exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // The overview (Redis figures) loads too, not only the sidebar.
    await expect.poll(() => page.getByText(/Loading/).count(), { timeout: 15_000 }).toBe(0);
    await page.getByText("grading", { exact: true }).first().click();
    // The job's id is the submission's id.
    await expect.poll(() => page.getByText(id).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("admin-queues"), fullPage: true });
    await context.close();
  });
});

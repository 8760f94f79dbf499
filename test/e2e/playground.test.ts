// The playground in real Chromium: simulate a Pod with an exec and a deletion, read the timeline
// and the kubectl tabs, copy the share link and open it in a new page with the same inputs; and
// bad input gets a clear message instead of a result.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let shareUrl = "";

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

const podEditor = (on: Page) => on.locator(".playground-pod .monaco-editor").first();
const editorText = async (on: Page) => (await podEditor(on).locator(".view-lines").innerText()).replace(/\u00a0/g, " ");
const result = (on: Page) => on.getByRole("region", { name: "Result" });
/** Our alert: Monaco and Next's route announcer keep empty alert regions of their own. */
const alert = (on: Page) => on.getByRole("alert").filter({ hasText: /\S/ });

const sleeper = `apiVersion: v1
kind: Pod
metadata:
  name: sleeper
spec:
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "echo started; sleep 3600"]
`;

/** A Pod with a readiness probe that passes, and both lifecycle hooks (preStop runs at the deletion). */
const hooked = `apiVersion: v1
kind: Pod
metadata:
  name: hooked
spec:
  terminationGracePeriodSeconds: 10
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "touch /tmp/ready; sleep 3600"]
    readinessProbe:
      exec:
        command: ["cat", "/tmp/ready"]
      periodSeconds: 5
    lifecycle:
      postStart:
        exec:
          command: ["sleep", "2"]
      preStop:
        exec:
          command: ["sleep", "3"]
`;

/** Replaces the Pod editor's text by pasting it (typing would go through Monaco's auto-indent). */
async function setPod(on: Page, text: string) {
  await on.evaluate((value) => navigator.clipboard.writeText(value), text);
  await podEditor(on).locator(".view-lines").click();
  await on.keyboard.press("ControlOrMeta+A");
  await on.keyboard.press("ControlOrMeta+V");
  await expect.poll(() => editorText(on)).toBe(text.replace(/\n$/, ""));
}

describe("the playground", () => {
  it("simulates a Pod with an exec and a deletion, and shows the timeline and kubectl views", async () => {
    await page.goto(`${app.baseUrl}/playground`);
    await page.getByRole("heading", { level: 1, name: "Playground" }).waitFor();
    await podEditor(page).locator(".view-lines").waitFor();
    await setPod(page, sleeper);
    await page.getByLabel("Simulate for").fill("2m");
    await page.getByLabel("Delete the Pod at").fill("90s");
    await page.getByLabel("Exec commands").fill("30s:app:echo hello from exec");
    await page.getByRole("button", { name: "Simulate", exact: true }).click();
    await expect.poll(async () => (await result(page).getByRole("region", { name: "Exec results" }).textContent()) ?? "").toContain("hello from exec");
    await result(page).getByRole("heading", { name: "Admitted" }).waitFor();
    await result(page).locator("svg").first().waitFor();
    await result(page).getByRole("tab", { name: "kubectl get pods -w" }).click();
    await expect(result(page).getByRole("tabpanel").filter({ visible: true }).textContent()).resolves.toMatch(/sleeper\s+1\/1\s+Running/);
    await result(page).getByRole("tab", { name: "kubectl describe pod" }).click();
    await expect(result(page).getByRole("tabpanel").filter({ visible: true }).textContent()).resolves.toContain("Name:");
    await result(page).getByRole("tab", { name: "Timeline" }).click();
    await page.screenshot({ path: screenshotPath("playground"), fullPage: true });
  });

  it("puts the inputs in a share link that opens them again in a new page", async () => {
    await page.getByRole("button", { name: "Copy share link" }).click();
    shareUrl = await page.getByLabel("Share link").inputValue();
    expect(shareUrl).toMatch(/\/playground#s=v1\.[A-Za-z0-9_-]+$/);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(shareUrl);
    const other = await context.newPage();
    await other.goto(shareUrl);
    await podEditor(other).locator(".view-lines").waitFor();
    await expect.poll(() => editorText(other)).toBe(sleeper.replace(/\n$/, ""));
    await expect(other.getByLabel("Simulate for").inputValue()).resolves.toBe("2m");
    await expect(other.getByLabel("Delete the Pod at").inputValue()).resolves.toBe("90s");
    await expect(other.getByLabel("Exec commands").inputValue()).resolves.toBe("30s:app:echo hello from exec");
    await result(other).getByRole("heading", { name: "Admitted" }).waitFor();
    await other.close();
  });

  it("draws passing probe ticks and hook runs, and moves between marks with the arrow keys", async () => {
    await setPod(page, hooked);
    await page.getByLabel("Simulate for").fill("2m");
    await page.getByLabel("Delete the Pod at").fill("90s");
    await page.getByLabel("Exec commands").fill("");
    await page.getByRole("button", { name: "Simulate", exact: true }).click();
    // The wide drawing is the visible one at 1280 px; its marks are images named by their <title>.
    const picture = result(page).getByRole("group", { name: /^Timeline of pod hooked/ }).filter({ visible: true });
    await picture.waitFor();
    await expect(picture.getByRole("img", { name: /readiness probe succeeded/ }).count()).resolves.toBeGreaterThan(5);
    await expect(picture.getByRole("img", { name: /postStart hook\s+0:03 – 0:05 \(2s\)\s+succeeded/ }).count()).resolves.toBe(1);
    await expect(picture.getByRole("img", { name: /preStop hook\s+1:30 – 1:33 \(3s\)\s+succeeded/ }).count()).resolves.toBe(1);
    await expect(result(page).getByText("only failures are drawn").count()).resolves.toBe(0);

    // One Tab stop: Left/Right, Home and End move focus (and the tooltip) between the marks.
    const stops = picture.locator('g[tabindex="0"]');
    await expect(stops.count()).resolves.toBe(1);
    await stops.focus();
    const focused = () => page.evaluate(() => document.activeElement?.querySelector(":scope > title")?.textContent ?? "");
    const tooltip = () => page.evaluate(() => document.querySelector("[class*=tooltip][aria-hidden=true]")?.textContent ?? "");
    const first = await focused();
    await page.keyboard.press("ArrowRight");
    const second = await focused();
    expect(second).not.toBe(first);
    await expect.poll(tooltip).toBe(second);
    // The last item is the deletion's grace line, drawn over the lanes; the preStop span is before it.
    await page.keyboard.press("End");
    expect(await focused()).toBe("grace period ends: 1:40");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toMatch(/preStop hook/);
    await page.keyboard.press("Home");
    expect(await focused()).toBe(first);
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe(first);
    // The item focused last keeps the one Tab stop, so Shift+Tab then Tab comes back to it.
    await page.keyboard.press("End");
    await expect(stops.count()).resolves.toBe(1);
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).not.toBe("grace period ends: 1:40");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("grace period ends: 1:40");
    await page.screenshot({ path: screenshotPath("playground-probes-hooks"), fullPage: true });
  });

  it("marks the API server's errors in the editor and explains bad options", async () => {
    await setPod(page, sleeper.replace("    image: busybox\n", ""));
    await page.getByRole("button", { name: "Simulate", exact: true }).click();
    await result(page).getByRole("heading", { name: "Rejected by the API server" }).waitFor();
    await expect
      .poll(async () => (await page.getByRole("list", { name: "Problems in the editor" }).textContent()) ?? "")
      .toContain("line 7:5spec.containers[0].image: Required value");
    await page.getByLabel("Simulate for").fill("2h");
    await page.getByRole("button", { name: "Simulate", exact: true }).click();
    await expect(alert(page).textContent()).resolves.toContain("at most 1h");
    await expect(page.getByLabel("Simulate for").getAttribute("aria-invalid")).resolves.toBe("true");
  });

  it("says a broken share link could not be opened", async () => {
    const other = await context.newPage();
    await other.goto(`${app.baseUrl}/playground#s=v1.not-deflate`);
    await expect(alert(other).textContent()).resolves.toContain("damaged");
    await other.close();
  });

  it("stacks at 360 px without sideways scrolling", async () => {
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 360, height: 800 });
    await narrow.goto(shareUrl);
    await result(narrow).getByRole("heading", { name: "Admitted" }).waitFor();
    const width = await narrow.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await narrow.screenshot({ path: screenshotPath("playground-360"), fullPage: true });
    await narrow.close();
  });

  it("is a keyboard step away from the header on every page, in English and Chinese, at 375 px", async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 375, height: 740 });
    for (const [language, linkName, heading] of [
      ["en", "Playground", "Playground"],
      ["zh", "实验场", "实验场"],
    ] as const) {
      await context.addCookies([{ name: "podlab_lang", value: language, url: app.baseUrl }]);
      await phone.goto(`${app.baseUrl}/exercises/first-pod`);
      const link = phone.getByRole("banner").getByRole("navigation").getByRole("link", { name: linkName, exact: true });
      await expect(link.isVisible()).resolves.toBe(true);
      await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
      let steps = 0;
      while (!(await link.evaluate((element) => element === document.activeElement)) && steps++ < 10) await phone.keyboard.press("Tab");
      expect(steps).toBeLessThan(10);
      if (language === "zh") await phone.screenshot({ path: screenshotPath("header-375-zh") });
      await phone.keyboard.press("Enter");
      await phone.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(new URL(phone.url()).pathname).toBe("/playground");
      await expect(link.getAttribute("aria-current")).resolves.toBe("page");
    }
    await context.addCookies([{ name: "podlab_lang", value: "en", url: app.baseUrl }]);
    await phone.close();
  });
});

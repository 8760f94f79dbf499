// A reader's journey through the course in real Chromium: the course home, a lesson with its
// contents and highlighted YAML, the switch to Chinese (remembered after a reload and on the
// home page), and previous/next. Screenshots go to test-results/screenshots/ for a person to look at.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const scriptUrls: string[] = [];

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scriptUrls.push(response.url());
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
  await t?.cleanup();
});

/** Static lesson pages set <html lang> at hydration, so wait for it rather than read it once. */
const htmlLangBecomes = (lang: string) => page.waitForFunction((expected) => document.documentElement.lang === expected, lang);
const heading1 = () => page.getByRole("heading", { level: 1 }).textContent();

describe("reading lessons in the browser", () => {
  it("lists the lessons in order on the course home, with summaries and exercises", async () => {
    await page.goto(app.baseUrl);
    await page.getByRole("heading", { level: 1, name: "Learn Kubernetes Pods by running them" }).waitFor();
    const lessonLinks = page.getByRole("main").getByRole("heading", { level: 3 });
    await expect(lessonLinks.count()).resolves.toBe(11);
    await expect(lessonLinks.first().textContent()).resolves.toBe("Pods as process groups");
    await expect(page.getByText("A container whose process is alive is not necessarily working").count()).resolves.toBe(1);
    await page.getByRole("link", { name: "Your first Pod" }).waitFor();
    await htmlLangBecomes("en");
    await page.screenshot({ path: screenshotPath("lessons-home-en"), fullPage: true });
  });

  it("opens a lesson with its contents and YAML highlighted at build time", async () => {
    await page.getByRole("link", { name: "Liveness, readiness and startup probes" }).click();
    await page.waitForURL(`${app.baseUrl}/lessons/probes`);
    await expect(heading1()).resolves.toBe("Liveness, readiness and startup probes");
    const contents = page.getByRole("navigation", { name: "On this page" });
    await expect(contents.getByRole("link").allTextContents()).resolves.toContain("Timing parameters");
    const code = page.locator("pre.shiki").first();
    await code.waitFor();
    await expect(code.locator("span[style*='color']").count()).resolves.toBeGreaterThan(5);
    await expect(page.getByRole("note", { name: "Note" }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText("Simulated for 180 s").count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath("lessons-probes-en") });
  });

  it("marks the section being read in the contents", async () => {
    const contents = page.getByRole("navigation", { name: "On this page" });
    await contents.getByRole("link", { name: "Timing parameters" }).click();
    await page.waitForURL(/#timing-parameters$/);
    await page.waitForFunction(
      () => document.querySelector('.toc a[aria-current="location"]')?.textContent === "Timing parameters",
    );
    await page.screenshot({ path: screenshotPath("lessons-probes-en-toc") });
  });

  it("loads no editor code on lesson pages", async () => {
    const bodies = await Promise.all(
      scriptUrls.filter((url) => url.startsWith(app.baseUrl)).map(async (url) => (await fetch(url)).text()),
    );
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body).not.toMatch(/monaco|vs\/editor/);
  });

  it("switches to Chinese, in the URL and the remembered cookie", async () => {
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" }).click();
    await page.waitForURL(`${app.baseUrl}/lessons/probes/zh`);
    await expect(heading1()).resolves.toBe("Liveness、Readiness 与 Startup 探针");
    await page.getByRole("navigation", { name: "本页内容" }).waitFor();
    await htmlLangBecomes("zh-CN");
    const cookie = (await context.cookies()).find((candidate) => candidate.name === "podlab_lang");
    expect(cookie).toMatchObject({ value: "zh", sameSite: "Lax", path: "/" });
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(360 * 24 * 3600 * 1000);
    await page.screenshot({ path: screenshotPath("lessons-probes-zh") });
  });

  it("still shows Chinese after a reload, and the course home follows", async () => {
    await page.reload();
    await expect(heading1()).resolves.toBe("Liveness、Readiness 与 Startup 探针");
    await htmlLangBecomes("zh-CN");
    await page.getByRole("navigation", { name: "站点" }).getByRole("link", { name: "课程" }).click();
    await page.getByRole("heading", { level: 1, name: "动手运行，学会 Kubernetes Pod" }).waitFor();
    await page.reload();
    await page.getByRole("link", { name: "Liveness、Readiness 与 Startup 探针" }).waitFor();
    await htmlLangBecomes("zh-CN");
    await page.screenshot({ path: screenshotPath("lessons-home-zh"), fullPage: true });
  });

  it("follows next and previous in the same language", async () => {
    await page.getByRole("link", { name: "Liveness、Readiness 与 Startup 探针" }).click();
    await page.waitForURL(`${app.baseUrl}/lessons/probes/zh`);
    const pager = page.getByRole("navigation", { name: "上一课与下一课" });
    await pager.getByRole("link", { name: /下一课/ }).click();
    await page.waitForURL(`${app.baseUrl}/lessons/restart-policy-and-recovery/zh`);
    await expect(heading1()).resolves.toContain("restartPolicy");
    await pager.getByRole("link", { name: /上一课/ }).click();
    await page.waitForURL(`${app.baseUrl}/lessons/probes/zh`);
    await expect(heading1()).resolves.toBe("Liveness、Readiness 与 Startup 探针");
  });

  it("reads well on a phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.baseUrl}/lessons/probes/zh`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath("lessons-probes-zh-phone") });
    await page.locator("figure.sim-example").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("lessons-probes-zh-phone-example") });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator("figure.sim-example").nth(2).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("lessons-probes-zh-example") });
  });

  it("switches the course home back to English", async () => {
    await page.goto(app.baseUrl);
    await page.getByRole("navigation", { name: "语言" }).getByRole("link", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Learn Kubernetes Pods by running them" }).waitFor();
    await htmlLangBecomes("en");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Learn Kubernetes Pods by running them" }).waitFor();
  });
});

// A learner's journey in real Chromium: open the course, pick the exercise, submit a valid Pod
// and an invalid one, and see both verdicts arrive without reloading.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPod } from "../fixtures/pods.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, signedInContext, startWebApp, type WebApp } from "../support/web-app.ts";
import { exerciseEditor, exerciseEditorText, setExerciseEditorText } from "../support/exercise-editor.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t);
  browser = await launchChromium();
  page = await (await signedInContext(browser, app.baseUrl, "learner@example.org")).newPage();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.baseUrl });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await t?.cleanup();
});

const editor = () => exerciseEditor(page);
const editorText = () => exerciseEditorText(page);

const setEditorText = (text: string) => setExerciseEditorText(page, text);

describe("submitting Pods in the browser", () => {
  it("finds the exercise from the course page", async () => {
    await page.goto(app.baseUrl);
    await page.getByRole("link", { name: "Your first Pod" }).click();
    await page.getByRole("heading", { name: "Your first Pod" }).waitFor();
    await editor().locator(".view-lines").waitFor();
    await expect.poll(editorText).toContain("kind: Pod");
    await page.screenshot({ path: screenshotPath("exercise"), fullPage: true });
  });

  it("shows a passing verdict for a valid Pod", async () => {
    await setEditorText(validPod);
    await page.getByRole("button", { name: "Submit" }).click();
    const verdict = page.getByLabel("Verdict");
    await verdict.getByRole("heading", { name: /Passed · 100%/ }).waitFor();
    await expect(verdict.textContent()).resolves.toContain("The API server accepted the Pod.");
    await page.screenshot({ path: screenshotPath("verdict-passed"), fullPage: true });
  });

  it("shows the API server's error, with its line, for an invalid Pod", async () => {
    const missingImage = validPod.replace("    image: nginx\n", "");
    await setEditorText(missingImage);
    await page.keyboard.press("Control+Enter");
    const verdict = page.getByLabel("Verdict");
    await verdict.getByRole("heading", { name: /Rejected by the API server · 0%/ }).waitFor();
    const errors = await verdict.getByRole("list", { name: "Errors" }).textContent();
    expect(errors).toContain("line 7:5");
    expect(errors).toContain("spec.containers[0].image: Required value");
    await page.screenshot({ path: screenshotPath("verdict-rejected"), fullPage: true });
  });

  it("lists both submissions, newest first, after a reload", async () => {
    await page.reload();
    const rows = page.getByRole("region", { name: "Your submissions" }).getByRole("row");
    await rows.nth(2).waitFor();
    const texts = await rows.allTextContents();
    expect(texts.slice(1).map((text) => /graded\d+%/.exec(text)?.[0])).toEqual(["graded0%", "graded100%"]);
  });
});

// The exercise page's editor features that come from monaco-yaml and the Pod schema, now that
// Monaco is imported in parts and monaco-yaml starts after the editor shows: completion, hover
// docs and validation markers, in real Chromium. Also the prompt's Markdown (lists) beside it.
// No submissions here, so no worker.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPod } from "../fixtures/pods.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";
import { launchChromium, screenshotPath, startWebApp, type WebApp } from "../support/web-app.ts";
import { exerciseEditor, exerciseEditorText, setExerciseEditorText } from "../support/exercise-editor.ts";

let t: TestEnv;
let app: WebApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t, { withWorker: false });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.baseUrl });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
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

const setEditorText = (text: string) => setExerciseEditorText(page, text);

describe("the exercise editor's YAML language", () => {
  it("shows the prompt's bullet list as a list beside the editor", async () => {
    await page.goto(`${app.baseUrl}/exercises/two-containers`);
    const task = page.getByRole("region", { name: "Task" });
    const items = task.getByRole("list").getByRole("listitem");
    await expect(items.count()).resolves.toBe(2);
    await expect(items.first().textContent()).resolves.toMatch(/^a container web running the nginx image/);
    await expect(task.locator("p").first().textContent()).resolves.toBe("Write a Pod named pair that groups two processes:");
    await editor().locator(".view-lines").waitFor();
    await page.screenshot({ path: screenshotPath("exercise-prompt-list"), fullPage: true });
  });

  it("completes a container field from the Pod schema", async () => {
    await page.goto(`${app.baseUrl}/exercises/first-pod`);
    await setEditorText(`${validPod}    imagePull`);
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Control+Space");
    const suggestions = page.locator(".exercise-editor .suggest-widget");
    await expect.poll(async () => (await suggestions.isVisible()) && ((await suggestions.textContent()) ?? ""), { timeout: 15_000 }).toContain("imagePullPolicy");
    await page.keyboard.press("Enter");
    await expect.poll(editorText).toContain("imagePullPolicy: ");
  });

  it("shows the schema's documentation when hovering a field", async () => {
    await setEditorText(validPod);
    const kindKey = editor().locator(".view-line", { hasText: "kind: Pod" }).locator("span > span").first();
    await expect.poll(() => kindKey.textContent()).toBe("kind");
    const hover = page.locator(".monaco-hover:not(.hidden)");
    await expect
      .poll(
        async () => {
          await kindKey.hover();
          return (await hover.isVisible()) ? ((await hover.textContent()) ?? "") : "";
        },
        { timeout: 15_000 },
      )
      .toContain("Kind is a string value representing the REST resource");
  });

  it("marks a wrong type with monaco-yaml's schema message", async () => {
    await page.mouse.move(0, 0);
    await setEditorText(validPod.replace("  name: web\n", "  name: web\n  labels: [app]\n"));
    await expect.poll(async () => (await editorProblems().textContent()) ?? "", { timeout: 15_000 }).toContain("Incorrect type. Expected \"object\"");
    await editor().locator(".squiggly-error, .squiggly-warning").first().waitFor();
    expect(pageErrors).toEqual([]);
  });
});

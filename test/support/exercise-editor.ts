// The exercise page's Monaco editor as browser tests drive it.
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** The exercise page's editor. */
export const exerciseEditor = (page: Page) => page.locator(".exercise-editor .monaco-editor").first();

/** The text the editor shows (Monaco draws spaces as no-break spaces). */
export const exerciseEditorText = async (page: Page) => (await exerciseEditor(page).locator(".view-lines").innerText()).replace(/\u00a0/g, " ");

/** Replaces the editor's text by pasting it (typing would go through Monaco's auto-indent); needs clipboard permissions. */
export async function setExerciseEditorText(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await exerciseEditor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
  await expect.poll(() => exerciseEditorText(page)).toBe(text.replace(/\n$/, ""));
}

// The verdict as the page draws it, in both languages: check messages from the grader's message
// key (or, for a verdict stored before keys existed, its English message), and submission times
// written as each language writes dates.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { exerciseText } from "../../../../app/exercises/[id]/exercise-text.ts";
import { formatSubmittedAt } from "../../../../app/exercises/[id]/format-submitted-at.ts";
import type { VerdictSummary } from "../../../../app/exercises/[id]/submission-summary.ts";
import { VerdictView } from "../../../../app/exercises/[id]/verdict-view.tsx";
import type { Language } from "../../../../app/_components/language/language.ts";
import type { CheckResult } from "../../../../worker/grader/verdict.ts";

const check: CheckResult = {
  id: "no-unhealthy",
  title: { en: "No failed probes", zh: "没有失败的探针" },
  scenario: "default",
  weight: 1,
  passed: false,
  message: "Expected exactly 0 Unhealthy event; saw 3.",
  messageData: {
    key: "eventCount",
    params: {
      passed: false,
      pattern: { reason: "Unhealthy" },
      count: 0,
      fromMs: 0,
      toMs: null,
      seen: 3,
      firstAtMs: 35_000,
      outside: null,
      unmatchedMessage: null,
      happened: null,
    },
  },
  hint: { en: "Create the file before the probe starts.", zh: "在探针开始前创建文件。" },
};

const verdictWith = (checks: unknown[]): VerdictSummary =>
  ({ version: 2, exerciseId: "liveness-exec", exerciseHash: "h", admitted: true, passed: false, score: 0, errors: [], warnings: [], checks }) as VerdictSummary;

/** The markup's text, tags dropped. */
function render(verdict: VerdictSummary, language: Language): string {
  const text = exerciseText(language);
  const markup = renderToStaticMarkup(createElement(VerdictView, { verdict, text, language, label: text.verdict, headingLevel: 2 }));
  return markup.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"');
}

describe("the verdict view", () => {
  it.each([
    { name: "English", language: "en" as const, says: ["No failed probes", "Expected exactly 0 Unhealthy event; saw 3.", "Create the file"] },
    { name: "Chinese", language: "zh" as const, says: ["没有失败的探针", "预期出现恰好 0 个 Unhealthy 事件；实际看到 3 个。", "提示", "在探针开始前创建文件。"] },
  ])("words a check in $name", ({ language, says }) => {
    const shown = render(verdictWith([check]), language);
    for (const words of says) expect(shown).toContain(words);
  });

  it("shows an old verdict's English message on a Chinese page", () => {
    const { messageData: _dropped, ...old } = check;
    const shown = render(verdictWith([old]), "zh");
    expect(shown).toContain("没有失败的探针");
    expect(shown).toContain("Expected exactly 0 Unhealthy event; saw 3.");
  });
});

describe("formatSubmittedAt", () => {
  it.each([
    { name: "English", language: "en" as const, expected: /^Nov 29, 2026, \d{1,2}:\d{2}:47\s?[AP]M$/ },
    { name: "Chinese", language: "zh" as const, expected: /^2026年11月29日 \d{2}:\d{2}:47$/ },
  ])("writes the time as $name does", ({ language, expected }) => {
    expect(formatSubmittedAt("2026-11-29T12:55:47.000Z", language)).toMatch(expected);
  });

  it("writes it in the time zone asked for", () => {
    expect(formatSubmittedAt("2026-11-29T12:55:47.000Z", "en", "UTC")).toMatch(/^Nov 29, 2026, 12:55:47\s?PM$/);
    expect(formatSubmittedAt("2026-11-29T20:55:47.000Z", "zh", "Asia/Shanghai")).toBe("2026年11月30日 04:55:47");
  });
});

import { describe, expect, it } from "vitest";
import { parseInline, parsePrompt } from "@/app/exercises/[id]/prompt-markdown.ts";

describe("prompt Markdown-lite", () => {
  it.each([
    { name: "plain text", text: "run nginx", expected: [{ kind: "text", text: "run nginx" }] },
    {
      name: "inline code and bold",
      text: "a `web` Pod, **keep** it",
      expected: [
        { kind: "text", text: "a " },
        { kind: "code", text: "web" },
        { kind: "text", text: " Pod, " },
        { kind: "strong", text: "keep" },
        { kind: "text", text: " it" },
      ],
    },
    { name: "an unmatched backtick stays text", text: "a ` b", expected: [{ kind: "text", text: "a ` b" }] },
  ])("$name", ({ text, expected }) => {
    expect(parseInline(text)).toEqual(expected);
  });

  it("splits paragraphs and joins lines with a space, or nothing between Chinese characters", () => {
    const paragraphs = parsePrompt("Write a Pod\nnamed `web`.\n\n编写一个\n名为 `web` 的 Pod。\n");
    expect(paragraphs.map((runs) => runs.map((run) => run.text).join(""))).toEqual(["Write a Pod named web.", "编写一个名为 web 的 Pod。"]);
  });
});

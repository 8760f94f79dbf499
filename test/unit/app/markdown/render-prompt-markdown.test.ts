// Exercise prompts go through the lesson pages' Markdown rules: lists, numbered lists, paragraphs,
// inline code, emphasis, links and highlighted code, with raw HTML and unsafe links neutralised.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPromptMarkdown } from "../../../../app/_components/markdown/render-prompt-markdown.ts";
import { loadCurriculum } from "../../../../lib/lessons/load-curriculum.ts";

const cases: { name: string; markdown: string; contains: string[]; excludes?: string[] }[] = [
  {
    name: "a bullet list after a paragraph is a list, not part of the paragraph",
    markdown: "Fix it so that:\n\n- `web` serves on port 80;\n- `status` answers `ok`.\n",
    contains: ["<p>Fix it so that:</p>", "<ul>", "<li><code>web</code> serves on port 80;</li>", "<li><code>status</code> answers <code>ok</code>.</li>"],
  },
  {
    name: "a numbered list",
    markdown: "1. Run the starter.\n2. Read the events.\n",
    contains: ["<ol>", "<li>Run the starter.</li>", "<li>Read the events.</li>"],
  },
  {
    name: "paragraphs, with the lines of each joined",
    markdown: "One line\nand the next.\n\nA second paragraph.\n",
    contains: ["<p>One line\nand the next.</p>", "<p>A second paragraph.</p>"],
  },
  {
    name: "lines between Chinese characters join without a space",
    markdown: "编写一个\n名为 `web` 的 Pod。\n",
    contains: ["<p>编写一个名为 <code>web</code> 的 Pod。</p>"],
  },
  {
    name: "emphasis, strong and links",
    markdown: "*Predict first*, then **run** it; see [the lesson](/lessons/probes).\n",
    contains: ["<em>Predict first</em>", "<strong>run</strong>", '<a href="/lessons/probes">the lesson</a>'],
  },
  {
    name: "a fenced YAML block is highlighted",
    markdown: "```yaml\nkind: Pod\n```\n",
    contains: ['<pre class="shiki github-light"', "kind"],
  },
  {
    name: "raw HTML is shown as text",
    markdown: "<script>alert(1)</script> and <b>bold</b>\n",
    contains: ["&#x3C;script>alert(1)&#x3C;/script>", "&#x3C;b>bold&#x3C;/b>"],
    excludes: ["<script", "<b>"],
  },
  {
    name: "a javascript: link loses its href",
    markdown: "[click](javascript:alert(1))\n",
    contains: ["<a>click</a>"],
    excludes: ["javascript:"],
  },
  {
    name: "headings get no ids that could clash with the page's",
    markdown: "## Task\n",
    contains: ["<h2>Task</h2>"],
  },
];

describe("renderPromptMarkdown", () => {
  it.each(cases)("$name", async ({ markdown, contains, excludes = [] }) => {
    const html = await renderPromptMarkdown(markdown);
    for (const part of contains) expect(html).toContain(part);
    for (const part of excludes) expect(html).not.toContain(part);
  });

  it("renders every exercise prompt of the course, with a list wherever the prompt has one", async () => {
    const exercises = loadCurriculum(resolve(import.meta.dirname, "../../../../lessons")).flatMap((lesson) => lesson.exercises);
    for (const exercise of exercises) {
      for (const markdown of [exercise.prompt.en, exercise.prompt.zh]) {
        const html = await renderPromptMarkdown(markdown);
        expect(html).not.toContain("<p>- ");
        expect(html.includes("<li>"), exercise.id).toBe(/^(- |\d+\. )/m.test(markdown));
      }
    }
  });
});

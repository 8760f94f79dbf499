// The lesson Markdown pipeline, as the lesson pages use it: one table of Markdown snippets with
// what their HTML must and must not contain, then the headings, the examples and a real lesson.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown, type Segment } from "../../../../app/_components/markdown/render-markdown.ts";
import { loadCurriculum } from "../../../../lib/lessons/load-curriculum.ts";
import { lessonExamples } from "../../../../lib/lessons/lesson-examples.ts";
import type { SimInput } from "../../../../worker/sim/sim-result.ts";

const htmlOf = (segments: Segment[]) => segments.map((segment) => (segment.kind === "html" ? segment.html : "")).join("");

const input = (overrides: Partial<SimInput> = {}): SimInput => ({
  podYaml: "kind: Pod\n",
  clusterYaml: undefined,
  untilMs: 600_000,
  deleteAtMs: undefined,
  execs: [],
  ...overrides,
});

const htmlCases: { name: string; markdown: string; contains: string[]; excludes?: string[] }[] = [
  {
    name: "a level-2 heading gets an id and links to itself",
    markdown: "## Timing parameters\n",
    contains: ['<h2 id="timing-parameters"><a class="heading-anchor" href="#timing-parameters">Timing parameters</a></h2>'],
  },
  {
    name: "a Chinese heading keeps its characters in the id",
    markdown: "## 三种探针，三种动作\n",
    contains: ['id="三种探针三种动作"', 'href="#三种探针三种动作"'],
  },
  {
    name: "the page title (h1) gets an id but no self-link",
    markdown: "# Probes\n",
    contains: ['<h1 id="probes">Probes</h1>'],
  },
  {
    name: "an English note is a labelled callout",
    markdown: "> **Note:** a named port is not a fourth probe.\n",
    contains: ['<div class="callout callout-note" role="note" aria-label="Note">', "<strong>Note:</strong>"],
    excludes: ["<blockquote"],
  },
  {
    name: "an English tip is a labelled callout",
    markdown: "> **Tip:** use a startup probe.\n",
    contains: ['class="callout callout-tip" role="note" aria-label="Tip"'],
  },
  {
    name: "a Chinese note is a labelled callout",
    markdown: "> **注意：** 命名端口并不是第四种探针。\n",
    contains: ['class="callout callout-note" role="note" aria-label="注意"'],
  },
  {
    name: "a Chinese tip is a labelled callout",
    markdown: "> **提示：** 用 startup 探针。\n",
    contains: ['class="callout callout-tip" role="note" aria-label="提示"'],
  },
  {
    name: "any other blockquote stays a quote",
    markdown: "> **Removed in 1.20.** PodPreset is gone.\n",
    contains: ["<blockquote>"],
    excludes: ["callout"],
  },
  {
    name: "yaml code is coloured by shiki at build time",
    markdown: "```yaml\nkind: Pod\n```\n",
    contains: ['<pre class="shiki github-light"', '<span style="color:#22863A">kind</span>'],
  },
  {
    name: "shell code is coloured by shiki",
    markdown: "```sh\nkubectl get pods | grep web\n```\n",
    contains: ['<pre class="shiki github-light"', '<span style="color:#D73A49"> |</span>'],
  },
  {
    name: "a GFM table is a table in a focusable scroll box",
    markdown: "| probe | on failure |\n|---|---|\n| `livenessProbe` | restart |\n",
    contains: ['<div class="table-scroll" tabindex="0"><table>', "<th>probe</th>", "<td><code>livenessProbe</code></td>"],
  },
  {
    name: "GFM strikethrough and autolinks work",
    markdown: "~~old~~ see https://kubernetes.io/docs/\n",
    contains: ["<del>old</del>", '<a href="https://kubernetes.io/docs/">https://kubernetes.io/docs/</a>'],
  },
  {
    name: "raw block HTML is shown as text, not passed through",
    markdown: '<script>alert("x")</script>\n\n<img src=x onerror="alert(1)">\n',
    contains: ["&#x3C;script>", "&#x3C;img src=x onerror="],
    excludes: ["<script", "<img"],
  },
  {
    name: "raw inline HTML is shown as text",
    markdown: "a <b onclick=alert(1)>bold</b> word\n",
    contains: ["&#x3C;b onclick=alert(1)>bold&#x3C;/b>"],
    excludes: ["<b "],
  },
  {
    name: "javascript: and data: links keep their text but lose their href",
    markdown: "[click](javascript:alert(1)) [also](JavaScript:alert(1)) [data](data:text/html,x) ![img](javascript:x)\n",
    contains: ["<a>click</a>", "<a>also</a>", "<a>data</a>", '<img alt="img">'],
    excludes: ["javascript:", "JavaScript:", "data:"],
  },
  {
    name: "relative, fragment, https and mailto links are kept",
    markdown: "[a](/exercises/first-pod) [b](#handlers) [c](https://kubernetes.io) [d](mailto:x@example.com)\n",
    contains: ['href="/exercises/first-pod"', 'href="#handlers"', 'href="https://kubernetes.io"', 'href="mailto:x@example.com"'],
  },
  {
    name: "a line break between Chinese characters does not become a space",
    markdown: "它可能死锁了、还在\n加载。kubelet\n直接去问\n",
    contains: ["它可能死锁了、还在加载。kubelet\n直接去问"],
  },
];

describe("renderMarkdown HTML", () => {
  it.each(htmlCases)("$name", async ({ markdown, contains, excludes = [] }) => {
    const html = htmlOf((await renderMarkdown(markdown, "en", [])).segments);
    for (const expected of contains) expect(html).toContain(expected);
    for (const unexpected of excludes) expect(html).not.toContain(unexpected);
  });
});

describe("renderMarkdown headings", () => {
  it("lists h2 and h3 headings with their ids and plain text, for the table of contents", async () => {
    const { headings } = await renderMarkdown("# Title\n\n## One `code`\n\n### Deeper\n\n#### Too deep\n\n## 时间参数\n", "en", []);
    expect(headings).toEqual([
      { depth: 2, id: "one-code", text: "One code" },
      { depth: 3, id: "deeper", text: "Deeper" },
      { depth: 2, id: "时间参数", text: "时间参数" },
    ]);
  });

  it("gives repeated headings distinct ids", async () => {
    const { headings } = await renderMarkdown("## Example\n\n## Example\n", "en", []);
    expect(headings.map((heading) => heading.id)).toEqual(["example", "example-1"]);
  });
});

describe("renderMarkdown simulated examples", () => {
  const markdown = [
    "Before.",
    "```yaml simulate until=60s delete-at=20s exec=15s:shell:ps ax",
    "kind: Pod",
    "```",
    "",
    "```yaml cluster",
    "kind: Node",
    "```",
    "",
    "Between.",
    "",
    "```yaml simulate until=90s",
    "kind: Pod",
    "```",
    "After.",
    "",
  ].join("\n");
  const first = input({ untilMs: 60_000, deleteAtMs: 20_000, execs: [{ atMs: 15_000, container: "shell", command: "ps ax" }], clusterYaml: "kind: Node\n" });
  const second = input({ untilMs: 90_000 });

  it("cuts the page at each example, with its input, highlighted YAML and cluster", async () => {
    const { segments } = await renderMarkdown(markdown, "en", [first, second]);
    expect(segments.map((segment) => segment.kind)).toEqual(["html", "example", "html", "example", "html"]);
    const example = segments[1]!;
    if (example.kind !== "example") throw new Error("expected an example");
    expect(example.input).toBe(first);
    expect(example.podHtml).toContain('<pre class="shiki github-light"');
    expect(example.podHtml).toContain("Pod</span>");
    expect(example.clusterHtml).toContain("Node</span>");
    expect(segments[3]).toMatchObject({ kind: "example", clusterHtml: undefined });
    expect(htmlOf(segments)).not.toContain("simulate");
  });

  it.each([
    {
      language: "en" as const,
      caption: [["Simulated for 60 s"], ["Pod deleted at 20 s"], ["At 15 s, ", { code: "ps ax" }, " runs in ", { code: "shell" }]],
    },
    {
      language: "zh" as const,
      caption: [["模拟 60 s"], ["第 20 s 删除 Pod"], ["第 15 s 在 ", { code: "shell" }, " 中执行 ", { code: "ps ax" }]],
    },
  ])("captions the options in $language", async ({ language, caption }) => {
    const { segments } = await renderMarkdown(markdown, language, [first, second]);
    expect(segments[1]).toMatchObject({ kind: "example", caption });
    expect(segments[3]).toMatchObject({ kind: "example", caption: [[language === "zh" ? "模拟 90 s" : "Simulated for 90 s"]] });
  });

  it("refuses inputs that do not match the page's examples", async () => {
    await expect(renderMarkdown(markdown, "en", [first])).rejects.toThrow("2 simulated examples but 1 parsed inputs");
  });
});

describe("the real lessons", () => {
  const curriculum = loadCurriculum(resolve(import.meta.dirname, "../../../../lessons"));
  const probes = curriculum.find((lesson) => lesson.id === "probes")!;
  const pages = curriculum.flatMap((lesson) => (["en", "zh"] as const).map((language) => ({ name: `${lesson.id} (${language})`, lesson, language })));

  // renderMarkdown throws when its fences and lessonExamples() disagree, so this guards the grammar.
  it.each(pages)("renders $name with the examples podlab check-curriculum sees", async ({ lesson, language }) => {
    const examples = lessonExamples(lesson).filter((example) => example.language === language).map((example) => example.input);
    const { segments } = await renderMarkdown(lesson.markdown[language], language, examples);
    expect(segments.filter((segment) => segment.kind === "example")).toHaveLength(examples.length);
  });

  it.each(["en", "zh"] as const)("renders lesson 9 in %s with its examples from lessonExamples", async (language) => {
    const examples = lessonExamples(probes).filter((example) => example.language === language).map((example) => example.input);
    const { segments, headings } = await renderMarkdown(probes.markdown[language], language, examples);
    const found = segments.flatMap((segment) => (segment.kind === "example" ? [segment.input.untilMs] : []));
    expect(found).toEqual([180_000, 90_000, 90_000]);
    expect(headings.filter((heading) => heading.depth === 2)).toHaveLength(7);
    expect(htmlOf(segments)).toContain('role="note"');
  });
});

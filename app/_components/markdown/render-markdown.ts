// Lesson Markdown to HTML, at build time: GitHub-flavoured Markdown, raw HTML escaped, heading
// ids and self-links, callouts, safe links, scrollable tables, and shiki colours for code. The
// result is cut at each simulated example so the page can put a live timeline beside it.
import type { Element, Root, RootContent } from "hast";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Language } from "@/app/_components/language/language.ts";
import type { SimInput } from "@/worker/sim/sim-result.ts";
import { collectHeadings, type Heading } from "./collect-headings.ts";
import { courseHtmlPlugins, courseMarkdownPlugins } from "./course-markdown-plugins.ts";
import { remarkSimulate } from "./remark-simulate.ts";
import { type CaptionLine, simulateCaption } from "./simulate-caption.ts";

export type { Heading } from "./collect-headings.ts";

/** A run of ordinary lesson HTML, or one simulated example. */
export type Segment =
  | { kind: "html"; html: string }
  | { kind: "example"; input: SimInput; caption: CaptionLine[]; podHtml: string; clusterHtml: string | undefined };

/** A rendered lesson page: its content in order, and its h2/h3 headings for the contents list. */
export interface RenderedMarkdown {
  segments: Segment[];
  headings: Heading[];
}

const toHtml = unified().use(rehypeStringify);

/**
 * Renders lesson Markdown. `examples` are its simulated examples' inputs in page order (from
 * lessonExamples); throws if their number does not match the page. Pure apart from the shared highlighter.
 */
export async function renderMarkdown(markdown: string, language: Language, examples: readonly SimInput[]): Promise<RenderedMarkdown> {
  const headings: Heading[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(courseMarkdownPlugins)
    .use(remarkSimulate, examples)
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(collectHeadings(headings))
    .use(rehypeAutolinkHeadings, { behavior: "wrap", test: ["h2", "h3", "h4"], properties: { className: ["heading-anchor"] } })
    .use(await courseHtmlPlugins());
  const tree = (await processor.run(processor.parse(markdown))) as Root;
  return { segments: split(tree, language, examples), headings };
}

function split(tree: Root, language: Language, examples: readonly SimInput[]): Segment[] {
  const segments: Segment[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    if (run.some((node) => node.type !== "text" || node.value.trim() !== "")) segments.push({ kind: "html", html: stringify(run) });
    run = [];
  };
  for (const node of tree.children) {
    const index = node.type === "element" ? node.properties.dataExample : undefined;
    if (index === undefined) {
      run.push(node);
      continue;
    }
    flush();
    const [pod, cluster] = codeBlocksOf(node as Element);
    const input = examples[Number(index)]!;
    segments.push({
      kind: "example",
      input,
      caption: simulateCaption(input, language),
      podHtml: stringify(pod ? [pod] : []),
      clusterHtml: cluster ? stringify([cluster]) : undefined,
    });
  }
  flush();
  return segments;
}

/** The example's code blocks; shiki leaves each one wrapped in a nested root. */
function codeBlocksOf(example: Element): Element[] {
  return example.children.flatMap((child) => {
    const node = child as Element | Root;
    const children = node.type === "root" ? node.children : [node];
    return children.filter((inner): inner is Element => inner.type === "element");
  });
}

function stringify(nodes: RootContent[]): string {
  return toHtml.stringify({ type: "root", children: nodes });
}

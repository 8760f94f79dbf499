// An exercise prompt to HTML, with the same rules as lesson pages (course-markdown-plugins.ts):
// lists, paragraphs, code, emphasis, links, tables and callouts, raw HTML shown as text. Without
// the lesson-only steps: a prompt has no simulated examples, and its headings get no ids, which
// could collide with the exercise page's own.
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { courseHtmlPlugins, courseMarkdownPlugins } from "./course-markdown-plugins.ts";

const rendered = new Map<string, Promise<string>>();

/**
 * The HTML of a prompt's Markdown. Prompts are few and fixed while the server runs, so each is
 * rendered once and kept. Pure apart from that cache and the shared highlighter.
 */
export function renderPromptMarkdown(markdown: string): Promise<string> {
  let html = rendered.get(markdown);
  if (!html) {
    html = render(markdown);
    rendered.set(markdown, html);
    html.catch(() => rendered.delete(markdown));
  }
  return html;
}

async function render(markdown: string): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(courseMarkdownPlugins)
    .use(remarkRehype)
    .use(await courseHtmlPlugins())
    .use(rehypeStringify);
  return String(await processor.process(markdown));
}

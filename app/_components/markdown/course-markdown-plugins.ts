// The Markdown rules every piece of course text follows, lesson pages and exercise prompts alike:
// GitHub-flavoured Markdown with raw HTML shown as text, Chinese line breaks joined, callouts,
// links that cannot run script, scrollable tables, and shiki colours for code. Lesson pages add
// their own steps between the two halves (simulated examples, heading ids; render-markdown.ts).
import rehypeShikiFromHighlighter from "@shikijs/rehype/core";
import remarkGfm from "remark-gfm";
import type { Preset } from "unified";
import { codeTheme, getHighlighter } from "./highlighter.ts";
import { rehypeCallouts } from "./rehype-callouts.ts";
import { rehypeSafeLinks } from "./rehype-safe-links.ts";
import { rehypeTables } from "./rehype-tables.ts";
import { remarkCjkLineBreaks } from "./remark-cjk-line-breaks.ts";
import { remarkEscapeHtml } from "./remark-escape-html.ts";

/** The Markdown (mdast) half, used right after remark-parse. */
export const courseMarkdownPlugins: Preset = { plugins: [remarkGfm, remarkEscapeHtml, remarkCjkLineBreaks] };

/** The HTML (hast) half, used after remark-rehype; async because it waits for the shared highlighter. */
export async function courseHtmlPlugins(): Promise<Preset> {
  return {
    plugins: [rehypeCallouts, rehypeSafeLinks, rehypeTables, [rehypeShikiFromHighlighter, await getHighlighter(), { theme: codeTheme }]],
  };
}

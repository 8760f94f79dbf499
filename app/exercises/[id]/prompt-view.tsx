// The exercise prompt, rendered as lesson Markdown is (render-prompt-markdown.ts). Server component.
import { renderPromptMarkdown } from "@/app/_components/markdown/render-prompt-markdown.ts";
import "@/app/_styles/markdown.css";

/**
 * The prompt's Markdown as HTML: lists, paragraphs, code, emphasis and links. The renderer shows
 * raw HTML as text and drops unsafe links, so its output is inserted as is.
 */
export async function PromptView({ markdown }: { markdown: string }) {
  return <div className="markdown-body prompt-body" dangerouslySetInnerHTML={{ __html: await renderPromptMarkdown(markdown) }} />;
}

// The exercise prompt as Markdown-lite (prompt-markdown.ts). Server component.
import { type InlineRun, parsePrompt } from "./prompt-markdown.ts";

function Run({ run }: { run: InlineRun }) {
  if (run.kind === "code") return <code>{run.text}</code>;
  if (run.kind === "strong") return <strong>{run.text}</strong>;
  return run.text;
}

/** Paragraphs of `markdown`, with inline code and bold. */
export function PromptView({ markdown }: { markdown: string }) {
  return parsePrompt(markdown).map((paragraph, index) => (
    <p key={index}>
      {paragraph.map((run, runIndex) => (
        <Run key={runIndex} run={run} />
      ))}
    </p>
  ));
}

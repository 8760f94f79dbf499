// Markdown-lite for exercise prompts: paragraphs (blank lines), `inline code` and **bold**. The
// prompts are short and written by us; anything else stays plain text. Pure.

/** A run of inline text. */
export interface InlineRun {
  kind: "text" | "code" | "strong";
  text: string;
}

const inlinePattern = /`([^`\n]+)`|\*\*([^*\n]+)\*\*/g;

/** Splits one paragraph into runs; unmatched backticks or asterisks stay as text. Pure. */
export function parseInline(paragraph: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(inlinePattern)) {
    if (match.index > last) runs.push({ kind: "text", text: paragraph.slice(last, match.index) });
    runs.push(match[1] !== undefined ? { kind: "code", text: match[1] } : { kind: "strong", text: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) runs.push({ kind: "text", text: paragraph.slice(last) });
  return runs;
}

const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Joins a paragraph's lines: a space between words, nothing between two CJK characters. */
function joinLines(block: string): string {
  return block.replace(/\s*\n\s*/g, (gap, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + gap.length] ?? "";
    return cjk.test(before) && cjk.test(after) ? "" : " ";
  });
}

/** Paragraphs of a prompt, each as inline runs; lines within a paragraph are joined. Pure. */
export function parsePrompt(markdown: string): InlineRun[][] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .map((block) => parseInline(joinLines(block)));
}

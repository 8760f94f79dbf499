// The one-line summary the course home shows under a lesson's title: the first sentence after
// the page's "Why it matters." / "为什么重要。" label, or of its first paragraph.
import type { Nodes, Paragraph, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { joinCjkLines } from "./remark-cjk-line-breaks.ts";

const labelPattern = /^(Why it matters|为什么重要)[.:：。]?$/;

function plainText(node: Nodes): string {
  if ("value" in node && (node.type === "text" || node.type === "inlineCode")) return node.value;
  if ("children" in node) return node.children.map(plainText).join("");
  return "";
}

function firstSentence(text: string): string {
  // A mark inside a quotation ("…？""…？") does not end the sentence.
  const chinese = /^[^]*?[。！？](?![”"」』])/.exec(text);
  const english = /^[^]*?[.!?](?=\s|$)/.exec(text);
  const candidates = [chinese?.[0], english?.[0]].filter((match): match is string => match !== undefined);
  return candidates.length === 0 ? text : candidates.reduce((a, b) => (a.length <= b.length ? a : b));
}

/** The summary of a lesson page's Markdown; empty when it has no paragraph. Pure. */
export function lessonSummary(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const paragraphs = tree.children.filter((node): node is Paragraph => node.type === "paragraph");
  const labelled = paragraphs.find((paragraph) => {
    const first = paragraph.children[0];
    return first?.type === "strong" && labelPattern.test(plainText(first).trim());
  });
  const chosen = labelled ? { ...labelled, children: labelled.children.slice(1) } : paragraphs[0];
  if (!chosen) return "";
  return firstSentence(joinCjkLines(plainText(chosen)).replace(/\s+/g, " ").trim());
}

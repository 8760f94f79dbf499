// Lesson callouts: a blockquote whose first paragraph opens with a bold label, e.g.
// `> **Note:** …` or `> **提示：** …`, becomes `<div class="callout callout-note" role="note"
// aria-label="Note">` with the quote's content unchanged. Other blockquotes stay quotes.
import type { Element, Root } from "hast";
import { textOf, walkElements } from "./hast-walk.ts";

const labels: Record<string, { kind: "note" | "tip"; label: string }> = {
  Note: { kind: "note", label: "Note" },
  Tip: { kind: "tip", label: "Tip" },
  注意: { kind: "note", label: "注意" },
  提示: { kind: "tip", label: "提示" },
};

/** The callout a blockquote opens with, if any. Pure. */
export function calloutOf(blockquote: Element): { kind: "note" | "tip"; label: string } | undefined {
  const paragraph = blockquote.children.find((child): child is Element => child.type === "element");
  if (paragraph?.tagName !== "p") return undefined;
  const first = paragraph.children[0];
  if (first?.type !== "element" || first.tagName !== "strong") return undefined;
  const marker = textOf(first).trim().replace(/[:：.]$/, "");
  return Object.hasOwn(labels, marker) ? labels[marker] : undefined;
}

/** A rehype plugin turning labelled blockquotes into callouts. */
export function rehypeCallouts() {
  return (tree: Root): void => {
    walkElements(tree, (element) => {
      if (element.tagName !== "blockquote") return;
      const callout = calloutOf(element);
      if (!callout) return;
      element.tagName = "div";
      element.properties = { className: ["callout", `callout-${callout.kind}`], role: "note", ariaLabel: callout.label };
    });
  };
}

// Chinese paragraphs are wrapped in the source like English ones, but a line break between two
// Chinese characters must not become a space (Chromium keeps it; CSS Text 3 leaves it optional).
import type { Nodes, Root } from "mdast";

const cjk = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u201c\\u201d";
const breakBetweenCjk = new RegExp(`([${cjk}])[ \\t]*\\n[ \\t]*(?=[${cjk}])`, "gu");

/** Removes line breaks that sit between two CJK characters or CJK punctuation marks. Pure. */
export function joinCjkLines(text: string): string {
  return text.replace(breakBetweenCjk, "$1");
}

function joinIn(node: Nodes): void {
  if (node.type === "text") node.value = joinCjkLines(node.value);
  if ("children" in node) for (const child of node.children) joinIn(child);
}

/** A remark plugin applying joinCjkLines to every text node. */
export function remarkCjkLineBreaks() {
  return (tree: Root): void => joinIn(tree);
}

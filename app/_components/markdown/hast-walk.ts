// Small helpers over hast trees, so the pipeline needs no undeclared utility packages.
import type { Element, ElementContent, Root, RootContent } from "hast";

/** Calls `visit` on every element below `node`, parents before children. */
export function walkElements(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    visit(child);
    walkElements(child, visit);
  }
}

/** The text an element shows, without markup. */
export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" || node.type === "root") return node.children.map(textOf).join("");
  return "";
}

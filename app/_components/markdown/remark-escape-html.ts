// Raw HTML in a lesson is shown as text, never passed through: `<b>` prints as "<b>".
import type { Nodes, Root } from "mdast";

function escapeIn(node: Nodes): void {
  if (!("children" in node)) return;
  node.children = node.children.map((child) =>
    child.type === "html" ? { type: "text", value: child.value, position: child.position } : child,
  ) as typeof node.children;
  for (const child of node.children) escapeIn(child);
}

/** A remark plugin turning every `html` node into a `text` node. */
export function remarkEscapeHtml() {
  return (tree: Root): void => escapeIn(tree);
}

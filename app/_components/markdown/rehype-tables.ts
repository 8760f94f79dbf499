// Wide GFM tables scroll inside their own box on narrow screens instead of widening the page;
// the box is focusable so keyboard users can scroll it too.
import type { Element, Root } from "hast";

/** A rehype plugin wrapping each top-level table in `<div class="table-scroll" tabindex="0">`. */
export function rehypeTables() {
  return (tree: Root): void => {
    tree.children = tree.children.map((node) => {
      if (node.type !== "element" || node.tagName !== "table") return node;
      const wrapper: Element = { type: "element", tagName: "div", properties: { className: ["table-scroll"], tabIndex: 0 }, children: [node] };
      return wrapper;
    });
  };
}

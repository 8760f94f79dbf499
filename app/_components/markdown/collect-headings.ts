// Reads the section headings after rehype-slug has given them ids: what the table of contents lists.
import type { Root } from "hast";
import { textOf, walkElements } from "./hast-walk.ts";

/** A section heading of a page. */
export interface Heading {
  depth: 2 | 3;
  /** The anchor rehype-slug gave it (GitHub's rules; Chinese text is kept). */
  id: string;
  text: string;
}

/** A rehype plugin that appends every h2 and h3 with an id to `into`. */
export function collectHeadings(into: Heading[]) {
  return () =>
    (tree: Root): void => {
      walkElements(tree, (element) => {
        const depth = element.tagName === "h2" ? 2 : element.tagName === "h3" ? 3 : undefined;
        const id = element.properties.id;
        if (depth && typeof id === "string") into.push({ depth, id, text: textOf(element).trim() });
      });
    };
}

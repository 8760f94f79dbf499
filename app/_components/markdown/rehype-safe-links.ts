// Lesson files are trusted, but a link is still only kept when it cannot run script:
// relative URLs, fragments, and http(s) or mailto. Others lose their href (the text stays).
import type { Root } from "hast";
import { walkElements } from "./hast-walk.ts";

const schemePattern = /^([a-z][a-z0-9+.-]*):/i;
const allowedSchemes = new Set(["http", "https", "mailto"]);

/** Whether a URL from Markdown may be put in an href or src. Pure. */
export function isSafeUrl(url: string): boolean {
  // Browsers drop leading spaces and control characters and tabs/newlines inside the scheme.
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = url.replace(/[\u0000-\u0020]/g, "");
  const scheme = schemePattern.exec(cleaned)?.[1];
  return scheme === undefined || allowedSchemes.has(scheme.toLowerCase());
}

/** A rehype plugin removing unsafe `href` and `src` values. */
export function rehypeSafeLinks() {
  return (tree: Root): void => {
    walkElements(tree, (element) => {
      for (const name of ["href", "src"] as const) {
        const value = element.properties[name];
        if (typeof value === "string" && !isSafeUrl(value)) delete element.properties[name];
      }
    });
  };
}

// Maps JSON paths in a decoded object back to API-server field paths and YAML source positions.
import { type Document, isMap, isNode, type LineCounter } from "yaml";
import type { SourcePosition } from "./problem.ts";

/** `["spec","containers","0","image"]` → `spec.containers[0].image`, indexing only real lists. Pure. */
export function fieldPath(root: unknown, segments: readonly string[]): string {
  let path = "";
  let node: unknown = root;
  for (const segment of segments) {
    path += Array.isArray(node) ? `[${segment}]` : path === "" ? segment : `.${segment}`;
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return path;
}

/**
 * Where a path is written in the YAML: its value, or with `key` the key itself. A path that is
 * not written (a missing field) points at its nearest written ancestor. Pure.
 */
export function positionOf(
  document: Document,
  lineCounter: LineCounter,
  segments: readonly string[],
  key = false,
): SourcePosition | null {
  for (let length = segments.length; length >= 0; length--) {
    const path = segments.slice(0, length);
    const offset = key && length === segments.length ? keyOffset(document, path) : valueOffset(document, path);
    if (offset !== undefined) {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    }
  }
  return null;
}

function valueOffset(document: Document, path: readonly string[]): number | undefined {
  const node = path.length === 0 ? document.contents : document.getIn(path.map(toKey), true);
  return isNode(node) ? node.range?.[0] : undefined;
}

function keyOffset(document: Document, path: readonly string[]): number | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1).map(toKey), true);
  if (!isMap(parent)) return undefined;
  const name = path[path.length - 1];
  const pair = parent.items.find((item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === name);
  return isNode(pair?.key) ? pair.key.range?.[0] : undefined;
}

/** Sequence indexes must be numbers for Document.getIn. */
function toKey(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}

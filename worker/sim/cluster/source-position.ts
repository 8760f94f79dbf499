// Finds where a field of a cluster-file document is written, and how the API server names it.
import { type Document, isMap, isNode, isScalar, isSeq, type LineCounter } from "yaml";

/** `["spec","taints","0","key"]` → `spec.taints[0].key`, indexing only real lists. Pure. */
export function fieldPathOf(root: unknown, segments: readonly string[]): string {
  let path = "";
  let node: unknown = root;
  for (const segment of segments) {
    path += Array.isArray(node) ? `[${segment}]` : path === "" ? segment : `.${segment}`;
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return path;
}

/**
 * The 1-based line and column of a field's value (or, with `atKey`, its key); a field that is
 * not written points at its nearest written ancestor. Pure.
 */
export function sourcePositionOf(
  document: Document,
  lineCounter: LineCounter,
  segments: readonly string[],
  atKey: boolean,
): { line: number; column: number } | null {
  for (let length = segments.length; length >= 0; length--) {
    const parent = nodeAt(document.contents, segments.slice(0, Math.max(0, length - 1)));
    const node = length === 0 ? document.contents : childOf(parent, segments[length - 1]!, atKey && length === segments.length);
    const offset = isNode(node) ? node.range?.[0] : undefined;
    if (offset !== undefined) {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    }
  }
  return null;
}

function nodeAt(start: unknown, segments: readonly string[]): unknown {
  let node = start;
  for (const segment of segments) node = childOf(node, segment, false);
  return node;
}

function childOf(node: unknown, segment: string, wantKey: boolean): unknown {
  if (isSeq(node)) return wantKey ? undefined : node.items[Number(segment)];
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
  return wantKey ? pair?.key : pair?.value;
}

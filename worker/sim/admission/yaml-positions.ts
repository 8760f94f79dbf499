// Maps field paths of the decoded Pod back to positions in the learner's YAML.
import { type Document, isMap, isNode, isScalar, isSeq, type LineCounter, type Pair } from "yaml";
import type { FieldPath, PathStep } from "./field-path.ts";
import type { SourcePosition } from "./problem.ts";

/**
 * Where a path is written in the YAML: its value, or with `key` the key itself. A path that is
 * not written (a missing field, or content added by defaulting or admission) points at its
 * nearest written ancestor. A key written twice is found at its last occurrence, the one whose
 * value is kept (duplicate-keys.ts). Pure.
 */
export function positionOf(
  document: Document,
  lineCounter: LineCounter,
  path: FieldPath,
  key = false,
): SourcePosition | null {
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length);
    const offset = key && length === path.length ? keyOffset(document, prefix) : valueOffset(document, prefix);
    if (offset !== undefined) {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    }
  }
  return null;
}

function valueOffset(document: Document, path: FieldPath): number | undefined {
  const node = path.length === 0 ? document.contents : nodeAt(document, path);
  return isNode(node) ? node.range?.[0] : undefined;
}

function keyOffset(document: Document, path: FieldPath): number | undefined {
  const parent = path.length === 1 ? document.contents : nodeAt(document, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const name = stepKey(path[path.length - 1]!);
  const pair = lastPair(parent.items, name);
  return isNode(pair?.key) ? pair.key.range?.[0] : undefined;
}

function nodeAt(document: Document, path: FieldPath): unknown {
  let node: unknown = document.contents;
  for (const step of path.map(stepKey)) {
    if (isMap(node)) node = lastPair(node.items, step)?.value;
    else if (isSeq(node) && typeof step === "number") node = node.items[step];
    else return undefined;
  }
  return node;
}

function lastPair(items: readonly Pair[], name: string | number): Pair | undefined {
  return items.findLast((item) => isScalar(item.key) && String(item.key.value) === String(name));
}

function stepKey(step: PathStep): string | number {
  return typeof step === "object" ? step.key : step;
}

// Keys written twice in one YAML mapping. kubectl's YAML-to-JSON conversion keeps the last
// value, as JSON decoding does (kubernetes/kubernetes#99286: the first `envFrom` was lost);
// the API server's field validation reports each repeat (strict: an error, Warn: a warning;
// kubectl --validate: "warn will warn about unknown or duplicate fields without blocking the
// request"). kubelet-semantics.md §2.9.3: one warning per problem.
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter } from "yaml";
import type { SourcePosition } from "./problem.ts";

/** A key that repeats an earlier key of the same mapping, with the path of the repeat. */
export interface DuplicateKey {
  /** JSON field names and list indexes, from the document's root. */
  path: readonly (string | number)[];
  /** Where the repeated key is written. */
  at: SourcePosition | null;
}

/** Every repeated key of `document`, in document order. Aliases are not followed. Pure. */
export function findDuplicateKeys(document: Document, lineCounter: LineCounter): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const visit = (node: unknown, path: readonly (string | number)[]): void => {
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const item of node.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        const name = String(item.key.value);
        if (seen.has(name)) {
          const offset = item.key.range?.[0];
          const position = offset === undefined ? null : lineCounter.linePos(offset);
          found.push({ path: [...path, name], at: position && { line: position.line, column: position.col } });
        }
        seen.add(name);
        visit(item.value, [...path, name]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, [...path, index]));
    }
  };
  visit(document.contents, []);
  return found;
}

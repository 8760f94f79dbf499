// Marks closer than a glyph's width would be drawn on top of each other, and could not be hovered
// or focused one by one. They are merged into one focusable group whose tooltip lists them all.

/** Something drawn at `x` with a tooltip line. */
export interface Placed<T> {
  x: number;
  item: T;
}

/** Marks that share one glyph: `x` is the first mark's position. */
export interface MarkCluster<T> {
  x: number;
  items: T[];
}

/** Groups `placed` (any order) so that each group starts at least `minGap` after the previous one. Pure. */
export function clusterMarks<T>(placed: Placed<T>[], minGap: number): MarkCluster<T>[] {
  const sorted = [...placed].sort((a, b) => a.x - b.x);
  const clusters: MarkCluster<T>[] = [];
  for (const { x, item } of sorted) {
    const last = clusters[clusters.length - 1];
    if (last !== undefined && x - last.x < minGap) {
      last.items.push(item);
    } else {
      clusters.push({ x, items: [item] });
    }
  }
  return clusters;
}

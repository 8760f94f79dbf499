/**
 * A min-heap of timed entries ordered by (atMs, seq), where seq is taken when the entry is
 * scheduled, so simultaneous entries keep the order in which they were scheduled.
 */

interface Entry<T> {
  atMs: number;
  seq: number;
  value: T;
}

/** Priority queue of values due at virtual times. */
export class EventQueue<T> {
  private readonly heap: Entry<T>[] = [];
  private seq = 0;

  /** Number of queued entries. */
  get size(): number {
    return this.heap.length;
  }

  /** Schedules `value` at `atMs`. */
  push(atMs: number, value: T): void {
    const heap = this.heap;
    heap.push({ atMs, seq: this.seq++, value });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!isBefore(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  /** The time of the earliest entry, or undefined when empty. */
  peekTime(): number | undefined {
    return this.heap[0]?.atMs;
  }

  /** Removes and returns the earliest entry. */
  pop(): { atMs: number; value: T } | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined) return undefined;
    if (heap.length > 0) {
      heap[0] = last;
      siftDown(heap);
    }
    return top;
  }
}

function siftDown<T>(heap: Entry<T>[]): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let best = i;
    if (left < heap.length && isBefore(heap[left]!, heap[best]!)) best = left;
    if (right < heap.length && isBefore(heap[right]!, heap[best]!)) best = right;
    if (best === i) return;
    [heap[i], heap[best]] = [heap[best]!, heap[i]!];
    i = best;
  }
}

function isBefore<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}

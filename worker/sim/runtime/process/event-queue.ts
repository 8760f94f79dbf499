// The simulator's timed queue, used by the runtime's clock and by the engine's loop: a binary
// min-heap ordered by (atMs, seq). `seq` is taken when an entry is scheduled, so entries due at
// the same virtual instant keep the order in which they were scheduled (the contract's "ties
// keep the order in which they happened").

interface Entry<T> {
  atMs: number;
  seq: number;
  value: T;
}

/** A priority queue of values due at whole-millisecond virtual times. */
export class EventQueue<T> {
  private readonly heap: Entry<T>[] = [];
  private seq = 0;

  /** Queued entries. */
  get size(): number {
    return this.heap.length;
  }

  /** Schedules `value` at `atMs`. */
  push(atMs: number, value: T): void {
    const heap = this.heap;
    heap.push({ atMs, seq: this.seq++, value });
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!isBefore(heap[index]!, heap[parent]!)) break;
      [heap[index], heap[parent]] = [heap[parent]!, heap[index]!];
      index = parent;
    }
  }

  /** The earliest due time, or undefined when empty. */
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
  let index = 0;
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let best = index;
    if (left < heap.length && isBefore(heap[left]!, heap[best]!)) best = left;
    if (right < heap.length && isBefore(heap[right]!, heap[best]!)) best = right;
    if (best === index) return;
    [heap[index], heap[best]] = [heap[best]!, heap[index]!];
    index = best;
  }
}

function isBefore<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}

/**
 * Bounded min-heaps of (score, row) in flat typed arrays, several heaps side by side (one per
 * buyer of a block): no objects in the hot loop. The root is the k-th best so far, so a
 * candidate that does not beat it costs one comparison.
 */
export class TopKHeaps {
  readonly scores: Float64Array;
  readonly rows: Int32Array;
  readonly sizes: Int32Array;
  /** Score a candidate must beat to enter heap h: -Infinity until the heap is full. */
  readonly floor: Float64Array;

  constructor(
    readonly heaps: number,
    readonly k: number,
  ) {
    this.scores = new Float64Array(heaps * k);
    this.rows = new Int32Array(heaps * k);
    this.sizes = new Int32Array(heaps);
    this.floor = new Float64Array(heaps);
    this.reset();
  }

  reset(): void {
    this.sizes.fill(0);
    this.floor.fill(-Infinity);
  }

  /** Adds (score, row) to heap h; call only when score > floor[h]. */
  push(h: number, score: number, row: number): void {
    const { scores, rows, k } = this;
    const base = h * k;
    const size = this.sizes[h]!;
    if (size < k) {
      let i = size;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (scores[base + parent]! <= score) break;
        scores[base + i] = scores[base + parent]!;
        rows[base + i] = rows[base + parent]!;
        i = parent;
      }
      scores[base + i] = score;
      rows[base + i] = row;
      this.sizes[h] = size + 1;
      if (size + 1 === k) this.floor[h] = scores[base]!;
      return;
    }
    // Full: the new entry replaces the root and sinks.
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= k) break;
      if (child + 1 < k && scores[base + child + 1]! < scores[base + child]!) child++;
      if (scores[base + child]! >= score) break;
      scores[base + i] = scores[base + child]!;
      rows[base + i] = rows[base + child]!;
      i = child;
    }
    scores[base + i] = score;
    rows[base + i] = row;
    this.floor[h] = scores[base]!;
  }

  /** Heap h's rows, best first (ties to the lower row), into out[offset ..]; -1 pads. */
  drain(h: number, out: Int32Array, offset: number): void {
    const base = h * this.k;
    const entries: [number, number][] = [];
    for (let i = 0; i < this.sizes[h]!; i++) entries.push([this.scores[base + i]!, this.rows[base + i]!]);
    entries.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let r = 0; r < this.k; r++) out[offset + r] = entries[r]?.[1] ?? -1;
  }
}

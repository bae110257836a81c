/**
 * The best k items by score (ties: lower id first, by `idRank`), with diversity caps: at
 * most `max` items per key (a country, a group; key -1 is never capped), applied before k —
 * the first k of the list sorted and filtered greedily.
 *
 * With a finite k and at most one cap the list is kept as items arrive and `threshold` (the
 * score an item must reach to enter) lets a caller skip items by an upper bound. That is exact
 * because with one cap the k-th score can only rise as items arrive: the capped list of a
 * larger set takes, per key, that key's best `max` items, each at least as good as before.
 * With two caps it can fall (a new item may push out an item that blocked a third), so then
 * every item is kept and the list is built at the end, and `threshold` stays −∞.
 *
 * An item may carry `data` (the pair's numbers, say): the caller offers its own reused buffer,
 * and the list stores `keep(data)` (a copy) only for the items it keeps, so the winners come
 * back with what was computed for them and rejected items cost no allocation.
 */

export interface Hit<D = void> {
  /** A supplier row or a buyer's index, as the caller numbers them. */
  row: number;
  score: number;
  /** What the caller offered with the item, as `keep` stored it. */
  data: D;
}

/** A diversity cap: at most `max` items with the same `key[row]` (≥ 0). */
export interface Cap {
  readonly key: ArrayLike<number>;
  readonly max: number;
}

export class RankedList<D = void> {
  private items: Hit<D>[] = [];
  private readonly caps: Cap[];
  /** True when items are kept in order as they come (finite k, at most one cap). */
  readonly prunes: boolean;

  constructor(
    private readonly k: number,
    private readonly idRank: ArrayLike<number>,
    caps: readonly Cap[] = [],
    /** What to store of an offered item's data when the item is kept (default: the data itself). */
    private readonly keep: (data: D) => D = (data) => data,
  ) {
    this.caps = caps.filter((c) => Number.isFinite(c.max));
    this.prunes = Number.isFinite(k) && this.caps.length <= 1;
  }

  /** Score an item must reach to enter (−∞ while the list is not full, or when it does not prune). */
  get threshold(): number {
    return this.prunes && this.items.length === this.k ? this.items[this.k - 1]!.score : -Infinity;
  }

  /** True when (score, row) ranks before (s, r). */
  private before(score: number, row: number, s: number, r: number): boolean {
    return score > s || (score === s && this.idRank[row]! < this.idRank[r]!);
  }

  offer(row: number, score: number, data: D): void {
    const items = this.items;
    if (!this.prunes) {
      items.push({ row, score, data: this.keep(data) });
      return;
    }
    if (items.length === this.k && !this.before(score, row, items[this.k - 1]!.score, items[this.k - 1]!.row)) return;
    const cap = this.caps[0];
    if (cap) {
      const key = cap.key[row]!;
      if (key >= 0) {
        // The key's worst item in the list goes when the key is full and the new one is better.
        let count = 0;
        let worst = -1;
        for (let j = 0; j < items.length; j++) {
          if (cap.key[items[j]!.row] === key) {
            count++;
            worst = j;
          }
        }
        if (count >= cap.max) {
          if (!this.before(score, row, items[worst]!.score, items[worst]!.row)) return;
          items.splice(worst, 1);
        }
      }
    }
    let i = items.length;
    while (i > 0 && this.before(score, row, items[i - 1]!.score, items[i - 1]!.row)) i--;
    items.splice(i, 0, { row, score, data: this.keep(data) });
    if (items.length > this.k) items.pop();
  }

  /** The list, best first. */
  result(): Hit<D>[] {
    if (this.prunes) return this.items;
    const sorted = this.items.sort((x, y) => (this.before(x.score, x.row, y.score, y.row) ? -1 : 1));
    const counts = this.caps.map(() => new Map<number, number>());
    const out: Hit<D>[] = [];
    for (const h of sorted) {
      if (out.length === this.k) break;
      const blocked = this.caps.some((c, n) => {
        const key = c.key[h.row]!;
        return key >= 0 && (counts[n]!.get(key) ?? 0) >= c.max;
      });
      if (blocked) continue;
      this.caps.forEach((c, n) => {
        const key = c.key[h.row]!;
        if (key >= 0) counts[n]!.set(key, (counts[n]!.get(key) ?? 0) + 1);
      });
      out.push(h);
    }
    return out;
  }
}

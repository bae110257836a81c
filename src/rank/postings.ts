/**
 * Posting lists: for each key (an HS heading, a chapter, a section…), the ascending rows of the
 * suppliers under it, all in one pair of typed arrays. A lookup returns a view, so asking for
 * a buyer's candidate rows allocates nothing but the list of views.
 */
export interface PostingsParts {
  readonly keys: readonly string[];
  /** `rows[offsets[k] .. offsets[k + 1])` are the rows under `keys[k]`. */
  readonly offsets: Int32Array;
  readonly rows: Int32Array;
}

export class Postings {
  private readonly index = new Map<string, number>();

  constructor(private readonly parts: PostingsParts) {
    parts.keys.forEach((key, k) => this.index.set(key, k));
  }

  /** Rows under `key`, ascending; undefined when there are none. */
  get(key: string): Int32Array | undefined {
    const k = this.index.get(key);
    return k === undefined ? undefined : this.parts.rows.subarray(this.parts.offsets[k]!, this.parts.offsets[k + 1]!);
  }
}

/** Collects (key, row) pairs, rows in ascending order, and packs them. */
export class PostingsBuilder {
  private readonly lists = new Map<string, number[]>();

  /** Adds `row` under each distinct key (duplicates in `keys` are ignored). */
  add(row: number, keys: Iterable<string | undefined>): void {
    for (const key of keys) {
      if (key === undefined) continue;
      const list = this.lists.get(key);
      if (!list) this.lists.set(key, [row]);
      else if (list[list.length - 1] !== row) list.push(row);
    }
  }

  build(): PostingsParts {
    const keys = [...this.lists.keys()].sort();
    const offsets = new Int32Array(keys.length + 1);
    keys.forEach((key, k) => (offsets[k + 1] = offsets[k]! + this.lists.get(key)!.length));
    const rows = new Int32Array(offsets[keys.length]!);
    keys.forEach((key, k) => rows.set(this.lists.get(key)!, offsets[k]!));
    return { keys, offsets, rows };
  }
}

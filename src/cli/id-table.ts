/**
 * Where each id was first seen, for a million ids and more in little memory: the ids are
 * kept back to back in large flat strings and found through an open-addressing hash table
 * of typed arrays. A `Map<string, number>` of a million short strings costs over 100 MB
 * and, with the heap headroom V8 keeps in proportion, decided most of `validate`'s peak
 * memory on a 200 MB file; this table costs about 20 bytes per id plus the id's text.
 * Hand-written for that reason; exact (ids are compared, not only hashed).
 */
const CHUNK_IDS = 4096;

export class IdTable {
  private slots = new Int32Array(1 << 16).fill(-1);
  private hashes = new Int32Array(1 << 12);
  private where = new Float64Array(1 << 12);
  /** Id k is in chunk k / 4096 (or still in `pending`), at starts[k], lengths[k] long. */
  private starts = new Int32Array(1 << 12);
  private lengths = new Int32Array(1 << 12);
  private readonly chunks: string[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  private count = 0;

  /** Where `id` was first added, or undefined (and then it is added, with `at`). */
  firstOrAdd(id: string, at: number): number | undefined {
    const h = hash(id);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s]!;
      if (k < 0) {
        this.add(id, h, at, s);
        return undefined;
      }
      if (this.hashes[k] === h && this.idAt(k) === id) return this.where[k];
    }
  }

  private add(id: string, h: number, at: number, slot: number): void {
    const k = this.count++;
    if (k >= this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.where = grow(this.where);
      this.starts = grow(this.starts);
      this.lengths = grow(this.lengths);
    }
    this.hashes[k] = h;
    this.where[k] = at;
    this.starts[k] = this.pendingLength;
    this.lengths[k] = id.length;
    this.slots[slot] = k;
    this.pending.push(id);
    this.pendingLength += id.length;
    if (this.pending.length === CHUNK_IDS) {
      this.chunks.push(this.pending.join(''));
      this.pending = [];
      this.pendingLength = 0;
    }
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private idAt(k: number): string {
    const chunk = Math.floor(k / CHUNK_IDS);
    if (chunk < this.chunks.length)
      return this.chunks[chunk]!.slice(this.starts[k], this.starts[k]! + this.lengths[k]!);
    return this.pending[k % CHUNK_IDS]!;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let k = 0; k < this.count; k++) {
      let s = this.hashes[k]! & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = k;
    }
    this.slots = slots;
  }
}

function grow<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** FNV-1a over UTF-16 code units. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

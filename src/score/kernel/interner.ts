/** Maps strings to dense integer ids, so the scoring kernel compares numbers, not strings. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  /** An interner that gives `values[i]` the id i (values must be distinct). */
  static from(values: readonly string[]): Interner {
    const interner = new Interner();
    for (const v of values) interner.intern(v);
    return interner;
  }

  /** The id of `value`, assigning the next one when it is new. */
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The id of `value`, or -1 when it was never interned (e.g. a certificate no supplier holds). */
  lookup(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}

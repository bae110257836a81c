/**
 * Packs a tree of plain values and typed arrays into a JSON-able layout plus one buffer that
 * holds every typed array, and back. The buffer can be a SharedArrayBuffer (worker threads
 * read the same tables without copying) or bytes in a saved index; unpacking makes views
 * into it, so loading copies nothing.
 */
import { type IssueCode, issue, ValidationError } from '../model/validation-error.js';

const TYPED = { Int32Array, Float64Array, Float32Array, Uint8Array, Int16Array } as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

/** A typed array's place in the buffer. */
interface TypedRef {
  $typed: TypedName;
  offset: number;
  length: number;
}
export type Layout = null | boolean | number | string | Layout[] | TypedRef | { [key: string]: Layout };

export interface Packed<B extends ArrayBufferLike> {
  layout: Layout;
  buffer: B;
}

/** Typed arrays start on 8-byte boundaries so every view type is aligned. */
const align = (n: number) => Math.ceil(n / 8) * 8;

function typedName(value: unknown): TypedName | undefined {
  for (const name of Object.keys(TYPED) as TypedName[]) if (value instanceof TYPED[name]) return name;
  return undefined;
}

/** `allocate(bytes)` makes the buffer, e.g. `(n) => new SharedArrayBuffer(n)`. */
export function pack<B extends ArrayBufferLike>(value: unknown, allocate: (bytes: number) => B): Packed<B> {
  const arrays: { array: Typed; offset: number }[] = [];
  let bytes = 0;
  const walk = (v: unknown): Layout => {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error(`cannot pack the number ${v}`);
      return v;
    }
    const name = typedName(v);
    if (name) {
      const array = v as Typed;
      const ref = { $typed: name, offset: bytes, length: array.length };
      arrays.push({ array, offset: bytes });
      bytes = align(bytes + array.byteLength);
      return ref;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object') {
      const out: Record<string, Layout> = {};
      for (const [key, item] of Object.entries(v as object)) if (item !== undefined) out[key] = walk(item);
      return out;
    }
    throw new Error(`cannot pack a ${typeof v}`);
  };
  const layout = walk(value);
  const buffer = allocate(bytes);
  const target = new Uint8Array(buffer);
  for (const { array, offset } of arrays)
    target.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
  return { layout, buffer };
}

/** The tree `pack` was given, with typed arrays as views into `buffer` (which must outlive them). */
export function unpack(layout: Layout, buffer: ArrayBufferLike, byteOffset = 0): unknown {
  const bad = (code: IssueCode, message: string): never => {
    throw new ValidationError([issue(['snapshot'], code, message)]);
  };
  const walk = (l: Layout): unknown => {
    if (l === null || typeof l !== 'object') return l;
    if (Array.isArray(l)) return l.map(walk);
    if (typeof l.$typed === 'string') {
      const { $typed, offset, length } = l as TypedRef;
      // Own keys only: "constructor" or "toString" must not reach Object.prototype.
      const View = Object.hasOwn(TYPED, $typed)
        ? TYPED[$typed]
        : bad('invalid-value', `unknown array type ${String($typed)}`);
      if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset % 8 !== 0)
        bad('invalid-value', 'bad array reference');
      if (byteOffset + offset + length * View.BYTES_PER_ELEMENT > buffer.byteLength)
        bad('invalid-value', 'an array lies outside the data');
      return new View(buffer as ArrayBuffer, byteOffset + offset, length);
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(l)) out[key] = walk(item as Layout);
    return out;
  };
  return walk(layout);
}

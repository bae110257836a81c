/** Snapshots: the checksum covers the options; crafted content is a ValidationError; any byte offset loads. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, loadEngine, parseBuyers, parseSuppliers, ValidationError } from '../../src/index.js';
import { unpack } from '../../src/rank/pack.js';
import { bytesChecksum } from '../../src/rank/snapshot-format.js';
import { validationIssues } from '../validation-issues.js';

const suppliers = parseSuppliers([
  { id: 'S1', name: 'A', country: 'CN', products: ['850440'], capabilities: [1, 0], leadTimeDays: 20 },
  { id: 'S2', name: 'B', country: 'VN', products: ['8504'], capabilities: [0, 1], leadTimeDays: 5 },
]);
const engine = createEngine(suppliers, { asOf: '2026-11-22', weights: { region: 0.3 } });

/** A binary snapshot with its header replaced (and the header checksum made to match). */
function withHeader(bytes: Uint8Array, edit: (header: string) => string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(12, true);
  const header = new TextDecoder().decode(bytes.subarray(20, 20 + length));
  const rest = bytes.subarray(Math.ceil((20 + length) / 8) * 8);
  const next = new TextEncoder().encode(edit(header));
  const offset = Math.ceil((20 + next.length) / 8) * 8;
  const out = new Uint8Array(offset + rest.length);
  out.set(bytes.subarray(0, 12));
  const v = new DataView(out.buffer);
  v.setUint32(12, next.length, true);
  v.setUint32(16, Number.parseInt(bytesChecksum(next), 16), true);
  out.set(next, 20);
  out.set(rest, offset);
  return out;
}

describe('snapshots', () => {
  it('the JSON checksum covers the options: a flipped weight or asOf is damage', () => {
    const text = engine.snapshot();
    expect(text).toContain('"region":0.3');
    expect(validationIssues(() => loadEngine(text.replace('"region":0.3', '"region":0.9')))[0]!.code).toBe(
      'unreadable',
    );
    expect(validationIssues(() => loadEngine(text.replace('2026-11-22', '2026-11-02')))[0]!.code).toBe('unreadable');
    expect(loadEngine(text).snapshot()).toBe(text);
  });

  it('property: any one-character change to a JSON snapshot is rejected or loads the same engine (300 runs)', () => {
    const text = engine.snapshot();
    const [buyer] = parseBuyers([
      { id: 'B1', name: 'B', country: 'DE', wants: ['850440'], deadline: '2026-12-10', capabilities: [1, 1] },
    ]);
    const reference = JSON.stringify(engine.rank(buyer!));
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.constantFrom(...'0123456789.,:"{}[]abcxyz'), (at, ch) => {
        const changed = text.slice(0, at) + ch + text.slice(at + 1);
        let loaded: ReturnType<typeof loadEngine>;
        try {
          loaded = loadEngine(changed);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          return;
        }
        expect(JSON.stringify(loaded.rank(buyer!))).toBe(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('a crafted binary header with a valid checksum is a ValidationError, with verify too', () => {
    const bytes = engine.snapshot({ format: 'binary' });
    const crafted = [
      withHeader(bytes, () => 'not json'),
      withHeader(bytes, () => 'null'),
      withHeader(bytes, () => '{}'),
      withHeader(bytes, (h) => h.replace('"layout":', '"layout":{"table":7},"x":')),
      withHeader(bytes, (h) => h.replace(/"\$typed":"Int32Array"/, '"$typed":"constructor"')),
      withHeader(bytes, (h) => h.replace(/"asOf":"[^"]*"/, '"asOf":"2026-02-31"')),
    ];
    for (const [i, c] of crafted.entries()) {
      for (const verify of [false, true]) {
        let error: unknown;
        try {
          loadEngine(c, { verify });
        } catch (e) {
          error = e;
        }
        expect({ i, verify, validation: error instanceof ValidationError }).toEqual({ i, verify, validation: true });
      }
    }
  });

  it('an array type named "constructor" is rejected by the unpacker', () => {
    const buffer = new ArrayBuffer(16);
    expect(() => unpack({ $typed: 'constructor', offset: 0, length: 1 } as never, buffer)).toThrow(ValidationError);
    expect(() => unpack({ $typed: 'toString', offset: 0, length: 1 } as never, buffer)).toThrow(ValidationError);
  });

  it('a valid binary snapshot loads from a Buffer at any byte offset', () => {
    const bytes = engine.snapshot({ format: 'binary' });
    const [buyer] = parseBuyers([{ id: 'B1', name: 'B', country: 'DE', wants: ['850440'] }]);
    const reference = JSON.stringify(engine.rank(buyer!));
    for (let offset = 0; offset < 9; offset++) {
      const big = Buffer.alloc(bytes.length + offset);
      big.set(bytes, offset);
      expect(JSON.stringify(loadEngine(big.subarray(offset)).rank(buyer!))).toBe(reference);
    }
  });
});

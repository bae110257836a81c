/** The portable sin/cos/asin/exp agree with Math to within a few units in the last place. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portableAsin, portableCos, portableExp, portableSin } from '../../src/geo/portable-math.js';

/** Within 3 units in the last place (of 1, or of the value when larger). */
const close = (actual: number, expected: number): void =>
  void expect(Math.abs(actual - expected)).toBeLessThanOrEqual(3 * Number.EPSILON * Math.max(1, Math.abs(expected)));
const RUNS = { numRuns: 2000 };

describe('portable math', () => {
  it('sin and cos over ±2π', () => {
    fc.assert(
      fc.property(fc.double({ min: -2 * Math.PI, max: 2 * Math.PI, noNaN: true }), (x) => {
        close(portableSin(x), Math.sin(x));
        close(portableCos(x), Math.cos(x));
      }),
      RUNS,
    );
  });

  it('asin over [−1, 1], also next to ±1 where 1 − x² cancels', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0.999999, max: 1, noNaN: true })),
        (x) => {
          close(portableAsin(x), Math.asin(x));
        },
      ),
      RUNS,
    );
    expect(portableAsin(1)).toBe(Math.PI / 2);
    expect(portableAsin(0)).toBe(0);
  });

  it('exp over [−50, 50], relative', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (x) => {
        const e = Math.exp(x);
        expect(Math.abs(portableExp(x) - e) / e).toBeLessThanOrEqual(4e-16);
      }),
      RUNS,
    );
    expect(portableExp(0)).toBe(1);
  });
});

/** The Match objects every ranking method returns: a plain object whose reasons read like a field. */
import { describe, expect, it } from 'vitest';
import { COMPONENTS, createEngine, parseBuyers, parseSuppliers } from '../../src/index.js';

const suppliers = parseSuppliers([
  { id: 'S1', name: 'Dongguan Power', country: 'CN', products: ['850440'], certifications: ['CE'], moq: 500 },
  { id: 'S2', name: 'Ohio Converters', country: 'US', products: ['850440'] },
]);
const buyers = parseBuyers([
  { id: 'B1', name: 'Berlin Energy', country: 'DE', wants: ['850440'], origins: { exclude: ['US'] }, volume: 100 },
]);

describe('Match objects', () => {
  const engine = createEngine(suppliers, { asOf: '2026-11-22' });
  const matches = [engine.score(buyers[0]!, 'S1'), engine.score(buyers[0]!, 'S2'), ...engine.rank(buyers[0]!)];
  const fromSuppliers = [...engine.rankAllSuppliers(buyers).values()].flat();

  it('have their fields in the documented order, reasons an own enumerable property, nothing else', () => {
    for (const m of [...matches, ...fromSuppliers]) {
      expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
      expect(Object.keys(m)).toEqual(['buyerId', 'supplierId', 'score', 'components', 'excluded', 'reasons', 'mutual']);
      expect(Object.keys(m.components)).toEqual([...COMPONENTS]);
      expect(Object.getOwnPropertySymbols(m).filter((s) => Object.getOwnPropertyDescriptor(m, s)!.enumerable)).toEqual(
        [],
      );
    }
  });

  it('write their reasons once, in JSON and spread copies too, and take reasons set by the caller', () => {
    const [eligible, excluded] = matches;
    const first = eligible!.reasons;
    expect(first.length).toBeGreaterThan(0);
    expect(eligible!.reasons).toBe(first);
    expect(JSON.parse(JSON.stringify(eligible)).reasons).toEqual(first);
    expect({ ...eligible! }.reasons).toEqual(first);
    expect(excluded!.excluded).toEqual(['origin-excluded']);
    expect(excluded!.reasons[0]).toMatch(/^Excluded \[origin-excluded\]/);
    eligible!.reasons = ['kept by the caller'];
    expect(eligible!.reasons).toEqual(['kept by the caller']);
    expect(JSON.parse(JSON.stringify(eligible)).reasons).toEqual(['kept by the caller']);
  });

  it('do not share their reasons or components between pairs', () => {
    // The same pair twice (score, then rank): two Matches.
    const [a, b] = [matches[0]!, matches[2]!];
    expect(a.supplierId).toBe(b.supplierId);
    expect(a.components).not.toBe(b.components);
    expect(a.excluded).not.toBe(b.excluded);
    a.reasons = ['only a'];
    expect(b.reasons).not.toEqual(['only a']);
  });
});

/**
 * Invariant 10: parse* on any JSON value returns valid profiles or throws ValidationError,
 * never mutates, never pollutes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBuyers, parseSuppliers, ValidationError } from '../../src/index.js';
import { rawBuyer, rawSupplier } from '../arbitraries.js';

const RUNS = { numRuns: 300 };

/** Either a ValidationError or a list of profiles; anything else fails the property. */
function outcome(parse: (rows: unknown) => unknown[], input: unknown): 'ok' | 'invalid' {
  try {
    const out = parse(input);
    expect(Array.isArray(out)).toBe(true);
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(typeof issue.message).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
    }
    return 'invalid';
  }
}

/** A valid record with one field replaced by an arbitrary JSON value. */
const corrupted = (record: fc.Arbitrary<Record<string, unknown>>, fields: string[]) =>
  fc.tuple(record, fc.constantFrom(...fields), fc.jsonValue()).map(([r, field, value]) => ({ ...r, [field]: value }));

const SUPPLIER_FIELDS = [
  'id',
  'name',
  'country',
  'products',
  'activities',
  'capabilities',
  'keywords',
  'certifications',
  'tier',
  'patents',
  'languages',
  'exportMarkets',
  'targetMarkets',
  'capacity',
  'moq',
  'leadTimeDays',
  'timezone',
  '__proto__',
  'constructor',
];
const BUYER_FIELDS = [
  'id',
  'name',
  'country',
  'wants',
  'activities',
  'capabilities',
  'keywords',
  'requiredCertifications',
  'preferredCertifications',
  'minTier',
  'origins',
  'volume',
  'deadline',
  'languages',
  'timezone',
  'hard',
  '__proto__',
];

describe('parse invariants', () => {
  for (const [name, parse, record, fields] of [
    ['parseSuppliers', parseSuppliers, rawSupplier('S1'), SUPPLIER_FIELDS],
    ['parseBuyers', parseBuyers, rawBuyer('B1'), BUYER_FIELDS],
  ] as const) {
    it(`${name}: any JSON value gives profiles or a ValidationError`, () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => void outcome(parse, value)),
        RUNS,
      );
      fc.assert(
        fc.property(fc.array(fc.jsonValue(), { maxLength: 4 }), (value) => void outcome(parse, value)),
        RUNS,
      );
    });

    it(`${name}: valid records with one corrupted field never throw anything else, and never mutate the input`, () => {
      fc.assert(
        fc.property(
          fc.array(corrupted(record as fc.Arbitrary<Record<string, unknown>>, [...fields]), {
            minLength: 1,
            maxLength: 3,
          }),
          (rows) => {
            const json = JSON.stringify(rows);
            const copy = JSON.parse(json) as unknown;
            outcome(parse, copy);
            expect(JSON.stringify(copy)).toBe(json);
          },
        ),
        RUNS,
      );
    });

    it(`${name}: generated valid records parse, and parsing the output again is the identity`, () => {
      fc.assert(
        fc.property(record, (r) => {
          const [once] = parse([r]);
          const [twice] = parse([JSON.parse(JSON.stringify(once))]);
          expect(twice).toStrictEqual(once);
          expect(Object.isFrozen(once)).toBe(true);
        }),
        RUNS,
      );
    });
  }

  it('a __proto__ key cannot pollute prototypes', () => {
    const rows = JSON.parse(
      '[{"id":"S1","name":"A","country":"CN","products":["8504"],' +
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]',
    ) as unknown;
    const [s] = parseSuppliers(rows);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect((s as unknown as Record<string, unknown>).polluted).toBeUndefined();
    const buyers = JSON.parse(
      '[{"id":"__proto__","name":"B","country":"DE","wants":["85"],"origins":{"__proto__":{"x":1},"include":["EU"]}}]',
    ) as unknown;
    // An unknown key inside origins is an error (it might be a misspelt exclude), and pollutes nothing.
    expect(() => parseBuyers(buyers)).toThrow(/unknown key "__proto__"/);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const [b] = parseBuyers(
      JSON.parse(
        '[{"id":"__proto__","name":"B","country":"DE","wants":["85"],"origins":{"include":["EU"]}}]',
      ) as unknown,
    );
    expect(b!.id).toBe('__proto__');
  });
});

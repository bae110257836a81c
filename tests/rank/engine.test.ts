import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_WEIGHTS, parseBuyers, parseSuppliers, ValidationError } from '../../src/index.js';

const suppliers = parseSuppliers([
  {
    id: 'S-transformer',
    name: 'Dongguan Power Electronics',
    country: 'CN',
    products: ['850440'],
    capabilities: [0.9, 0.1, 0.8, 0.2],
    keywords: ['static converter', 'inverter'],
    certifications: ['ISO 9001', 'CE'],
    tier: 'little-giant',
    patents: 12,
    exportMarkets: ['DE', 'VN'],
    capacity: 20_000,
    moq: 500,
    leadTimeDays: 30,
  },
  {
    id: 'S-motor',
    name: 'Ningbo Motors',
    country: 'CN',
    products: ['850152'],
    capabilities: [0.1, 0.9, 0.1, 0.9],
    certifications: ['CE'],
    tier: 'srdi',
    moq: 50_000,
    leadTimeDays: 90,
  },
  { id: 'S-coffee', name: 'Dak Lak Coffee', country: 'VN', products: ['090111'], certifications: ['ISO9001'] },
  { id: 'S-us', name: 'Ohio Converters', country: 'US', products: ['850440'], certifications: ['ISO9001'] },
]);

const [buyer] = parseBuyers([
  {
    id: 'B-de',
    name: 'Berlin Energy GmbH',
    country: 'DE',
    wants: ['850440', '850152'],
    capabilities: [1, 0, 1, 0],
    keywords: ['static converters'],
    requiredCertifications: ['ISO9001'],
    preferredCertifications: ['CE'],
    origins: { include: ['RCEP'], exclude: ['US'] },
    volume: 5_000,
    deadline: '2027-01-15',
    hard: ['moq'],
  },
]);
const engine = createEngine(suppliers, { asOf: '2026-11-22' });

describe('createEngine', () => {
  it('ranks eligible suppliers only, best first, with reasons', () => {
    const ranked = engine.rank(buyer!);
    expect(ranked.map((m) => m.supplierId)).toStrictEqual(['S-transformer']);
    const [top] = ranked;
    expect(top!.components.industry).toBe(0.6 + (0.4 * (1 + 0.4)) / 2); // 850152 is in chapter 85, not heading 8504
    expect(top!.components.capability).toBeCloseTo(
      (0.9 + 0.8) / Math.sqrt(0.81 + 0.01 + 0.64 + 0.04) / Math.sqrt(2),
      6,
    );
    expect(top!.reasons.join('\n')).toMatch(/exact HS match 850440/);
    expect(top!.reasons.join('\n')).toMatch(
      /same HS chapter 85: Electrical machinery.*\(wanted 850152, offers 850440\)/,
    );
    expect(top!.reasons.join('\n')).toMatch(/in preferred origin/);
    expect(top!.reasons.join('\n')).toMatch(/required ISO9001: present/);
    expect(top!.reasons.join('\n')).toMatch(/keywords "static converters" ≈ "static converter"/);
    expect(top!.reasons.join('\n')).toMatch(/already exports to the buyer's country/);
    expect(top!.reasons.join('\n')).toMatch(/lead time 30 days, 54 days to the deadline/);
  });

  it('explains why excluded pairs are excluded', () => {
    expect(engine.score(buyer!, 'S-motor').excluded).toStrictEqual([
      'certification-missing:ISO9001',
      'moq-above-volume',
    ]);
    expect(engine.score(buyer!, 'S-coffee').excluded).toStrictEqual(['industry-mismatch']);
    expect(engine.score(buyer!, 'S-us').excluded).toStrictEqual(['origin-excluded']);
    const reasons = engine.score(buyer!, 'S-motor').reasons;
    expect(reasons[0]).toBe('Excluded [certification-missing:ISO9001]: required ISO9001: missing');
    expect(reasons[1]).toBe('Excluded [moq-above-volume]: minimum order 50,000 is above the volume 5,000');
  });

  it('says which components are unknown and leaves them out', () => {
    const m = engine.score(buyer!, 'S-coffee');
    expect(m.components.capability).toBeNull();
    expect(m.reasons.filter((r) => r.startsWith('Unknown, left out'))).toHaveLength(1);
    expect(m.reasons.some((r) => /^Unknown, left out .*capability \(a capability vector is missing\)/.test(r))).toBe(
      true,
    );
  });

  it('explains in Chinese with locale zh', () => {
    const zh = createEngine(suppliers, { asOf: '2026-11-22', locale: 'zh' });
    const reasons = zh.score(buyer!, 'S-transformer').reasons.join('\n');
    expect(reasons).toMatch(/行业 \d\.\d\d — HS编码完全匹配 850440/);
    expect(reasons).toMatch(/必需证书 ISO9001：具备/);
    expect(zh.score(buyer!, 'S-us').reasons[0]).toBe('已排除 [origin-excluded]：买方排除来源地 US');
  });

  it('names codes with describeCode', () => {
    const named = createEngine(suppliers, {
      asOf: '2026-11-22',
      describeCode: (scheme, code) => (scheme === 'hs' && code === '850440' ? 'Static converters' : undefined),
    });
    expect(named.score(buyer!, 'S-transformer').reasons.join('\n')).toMatch(/exact HS match 850440: Static converters/);
  });

  it('rankBuyers answers the exhibitor: which buyers should I meet?', () => {
    const buyers = parseBuyers([
      { id: 'B1', name: 'A', country: 'DE', wants: ['8504'] },
      { id: 'B2', name: 'B', country: 'VN', wants: ['850440'], requiredCertifications: ['UL'] },
      { id: 'B3', name: 'C', country: 'VN', wants: ['850440'] },
    ]);
    const ranked = engine.rankBuyers('S-transformer', buyers);
    expect(ranked.map((m) => m.buyerId).sort()).toStrictEqual(['B1', 'B3']);
    expect(ranked.every((m) => m.supplierId === 'S-transformer')).toBe(true);
  });

  it('options: minScore, limit, maxPerCountry, onProgress', () => {
    const buyers = parseBuyers([{ id: 'B1', name: 'A', country: 'DE', wants: ['85'] }]);
    const all = engine.rank(buyers[0]!);
    expect(all.length).toBe(3);
    expect(engine.rank(buyers[0]!, { minScore: all[1]!.score })).toStrictEqual(all.slice(0, 2));
    expect(engine.rank(buyers[0]!, { maxPerCountry: 1 }).map((m) => m.supplierId)).toStrictEqual(
      [all.find((m) => m.supplierId !== 'S-us')!.supplierId, 'S-us'].sort(
        (a, b) => all.findIndex((m) => m.supplierId === a) - all.findIndex((m) => m.supplierId === b),
      ),
    );
    const seen: number[] = [];
    engine.rankAll(buyers, { onProgress: (done, total) => seen.push(done, total) });
    expect(seen).toStrictEqual([1, 1]);
  });

  it('fails with ValidationError on bad input, naming the field', () => {
    const fail = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).issues[0]!;
      }
      throw new Error('no error');
    };
    expect(fail(() => engine.score(buyer!, 'nope')).path).toStrictEqual(['supplierId']);
    expect(fail(() => engine.rank({ ...buyer!, capabilities: [1, 2] })).path).toStrictEqual(['capabilities']);
    expect(fail(() => engine.rank({ ...buyer!, wants: ['zz'] })).path).toStrictEqual(['buyer', 'wants', 0]);
    expect(fail(() => engine.rank(buyer!, { limit: 0 })).path).toStrictEqual(['opts', 'limit']);
    expect(fail(() => engine.rank(buyer!, { minScore: Number.NaN })).path).toStrictEqual(['opts', 'minScore']);
    expect(fail(() => createEngine(suppliers, { weights: { industry: -1 } })).path).toStrictEqual([
      'options',
      'weights',
      'industry',
    ]);
    expect(fail(() => createEngine(suppliers, { weights: { color: 1 } as never })).path).toStrictEqual([
      'options',
      'weights',
      'color',
    ]);
    expect(fail(() => createEngine(suppliers, { asOf: 'yesterday' })).path).toStrictEqual(['options', 'asOf']);
    expect(fail(() => createEngine([{ id: 'x' }] as never)).path).toStrictEqual([0, 'name']);
    expect(fail(() => engine.rankAll([buyer!, buyer!])).message).toMatch(/duplicate id/);
  });

  it('weights default to documented values that sum to 1', () => {
    expect(Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(DEFAULT_WEIGHTS.industry).toBeGreaterThan(DEFAULT_WEIGHTS.capability);
  });
});

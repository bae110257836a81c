/**
 * Industry fit on real, messy profiles, through the public API: ISIC-only exhibitors, vague
 * declared codes, codes inferred from words, keywords in another language, and pairs that
 * share no more than an HS section.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, loadEngine, parseBuyers, parseSuppliers, ValidationError } from '../../src/index.js';
import { rankAllParallel } from '../../src/node/index.js';
import { describeCode, hsConcepts, inferCodes } from '../../src/taxonomy/descriptions.js';
import { ASOF, COUNTRIES } from '../arbitraries.js';

const hall = parseSuppliers(
  inferCodes(
    [
      { id: 'tea', name: 'Anxi Tea Garden', country: 'CN', activities: ['0127'] },
      { id: 'furniture', name: 'Anji Furniture Works', country: 'CN', activities: ['3100'] },
      { id: 'solar', name: 'Hefei Solar Module Co.', country: 'CN', products: ['854143'] },
      { id: 'cells', name: 'Ningbo Li-ion Cells', country: 'CN', products: ['850760'], keywords: ['锂电池'] },
      { id: 'heading', name: 'Any Battery Co.', country: 'CN', products: ['8507'] },
      { id: 'chapter', name: 'Everything Electric Co.', country: 'CN', products: ['85'] },
      { id: 'fridge', name: 'Qingdao Refrigerators', country: 'CN', products: ['841821'] },
      { id: 'words', name: '宁波储能科技', country: 'CN', description: '锂电池储能系统' },
      { id: 'english-kw', name: 'Suzhou Battery', country: 'CN', products: ['850760'], keywords: ['lithium battery'] },
    ],
    { side: 'supplier' },
  ),
);
const buyer = (id: string, wants: string[], extra: Record<string, unknown> = {}) =>
  parseBuyers([{ id, name: `Buyer ${id}`, country: 'DE', wants, ...extra }])[0]!;
const engine = createEngine(hall, { asOf: ASOF, describeCode, keywordConcepts: hsConcepts });
const ids = (b: ReturnType<typeof buyer>) => engine.rank(b).map((m) => m.supplierId);

describe('products from words', () => {
  it('checks an ISIC-only exhibitor against HS wants through the correspondence', () => {
    const solarBuyer = buyer('solar-buyer', ['854143']);
    expect(engine.score(solarBuyer, 'tea').excluded).toStrictEqual(['industry-mismatch']);
    expect(ids(solarBuyer)[0]).toBe('solar');
    expect(ids(solarBuyer)).not.toContain('tea');
    const sofa = engine.score(buyer('sofa-buyer', ['940161']), 'furniture');
    expect(sofa.excluded).toStrictEqual([]);
    expect(sofa.components.industry).toBeCloseTo(0.7, 12);
    expect(sofa.reasons.join('\n')).toMatch(/makes goods of HS 940161 \(ISIC 3100 Manufacture of furniture\)/);
    // A neighbour in the same ISIC group (bicycles, 3092) counts less than the class that makes
    // the goods (motorcycles, 3091).
    const bikes = createEngine(
      parseSuppliers([
        { id: 'motorcycles', name: 'Moto Works', country: 'CN', activities: ['3091'] },
        { id: 'bicycles', name: 'Bike Works', country: 'CN', activities: ['3092'] },
      ]),
      { asOf: ASOF },
    );
    const moto = buyer('moto-buyer', ['871120']);
    expect(bikes.rank(moto).map((m) => m.supplierId)).toStrictEqual(['motorcycles', 'bicycles']);
    expect(bikes.score(moto, 'bicycles').components.industry!).toBeLessThan(
      bikes.score(moto, 'motorcycles').components.industry!,
    );
  });

  it('ranks the exact product above a declared heading above a declared chapter, and says so', () => {
    const b = buyer('cells-buyer', ['850760']);
    const order = ids(b).filter((id) => ['cells', 'heading', 'chapter'].includes(id));
    expect(order).toStrictEqual(['cells', 'heading', 'chapter']);
    expect(engine.score(b, 'heading').reasons.join('\n')).toMatch(/declares the whole heading 8507/);
    expect(engine.score(b, 'chapter').reasons.join('\n')).toMatch(/declares the whole chapter 85/);
    expect(engine.score(b, 'cells').reasons.join('\n')).toMatch(/exact HS match 850760/);
  });

  it('infers codes from a description, weighs them below declared ones, and explains where they came from', () => {
    const words = hall.find((s) => s.id === 'words')!;
    expect(words.inferredProducts?.map((c) => c.code)).toContain('8507');
    const b = buyer('cells-buyer', ['8507']);
    const inferred = engine.score(b, 'words');
    expect(inferred.excluded).toStrictEqual([]);
    expect(inferred.components.industry!).toBeLessThan(engine.score(b, 'heading').components.industry!);
    expect(inferred.reasons.join('\n')).toMatch(/HS 8507 inferred from "锂电池储能系统"/);
    expect(createEngine(hall, { asOf: ASOF, locale: 'zh' }).score(b, 'words').reasons.join('\n')).toMatch(
      /HS 8507 由“锂电池储能系统”推断/,
    );
  });

  it('matches keywords across languages, so the #1 does not flip with the language typed', () => {
    const en = buyer('en', ['850760'], { keywords: ['lithium battery'] });
    const zh = buyer('zh', ['850760'], { keywords: ['锂电池'] });
    expect(engine.score(en, 'cells').components.text).toBeGreaterThan(0);
    expect(engine.score(zh, 'english-kw').components.text).toBeGreaterThan(0);
    expect(engine.score(en, 'cells').reasons.join('\n')).toMatch(/"lithium battery" ≈ "锂电池" \(same product\)/);
    // Symmetric: the English buyer scores the Chinese-keyword exhibitor as the Chinese buyer scores the English one.
    expect(engine.score(en, 'cells').components.text).toBe(engine.score(zh, 'english-kw').components.text);
    const top = (b: typeof en) => ids(b).slice(0, 2).sort();
    expect(top(en)).toStrictEqual(top(zh));
    // Without a concept function, other languages simply do not match.
    expect(createEngine(hall, { asOf: ASOF }).score(en, 'cells').components.text).toBe(0);
    for (const [a, b] of [
      ['锂电池', 'lithium battery'],
      ['沙发', 'sofa'],
      ['绿茶', 'green tea'],
      ['LED灯', 'LED lamp'],
      ['无人机', 'drone'],
    ] as const) {
      expect(hsConcepts(a).some((c) => hsConcepts(b).includes(c))).toBe(true);
    }
  });

  it('does not make section-only pairs eligible, nor propose them as meetings', () => {
    const b = buyer('cells-buyer', ['850760']);
    expect(engine.score(b, 'fridge').excluded).toStrictEqual(['industry-mismatch']);
    expect(ids(b)).not.toContain('fridge');
    expect(engine.meetingCandidates([b], { perBuyer: 50 }).map((c) => c.supplierId)).not.toContain('fridge');
    expect(engine.rankBuyers('fridge', [b])).toStrictEqual([]);
    const wide = createEngine(hall, { asOf: ASOF, minIndustryLevel: 'section' });
    expect(wide.rank(b).map((m) => m.supplierId)).toContain('fridge');
    const narrow = createEngine(hall, { asOf: ASOF, minIndustryLevel: 'exact' });
    expect(
      narrow
        .rank(b)
        .map((m) => m.supplierId)
        .sort(),
    ).toStrictEqual(['cells', 'english-kw']);
    expect(() => createEngine(hall, { minIndustryLevel: 'class' as never })).toThrow(ValidationError);
  });

  it('keeps concept matching through snapshots and worker threads, bit for bit', async () => {
    const buyers = [
      buyer('en', ['850760'], { keywords: ['lithium battery'] }),
      buyer('sofa', ['940161'], { keywords: ['sofa'] }),
    ];
    const expected = engine.rankAll(buyers);
    expect(
      loadEngine(engine.snapshot({ format: 'binary' }), { describeCode, keywordConcepts: hsConcepts }).rankAll(buyers),
    ).toStrictEqual(expected);
    expect(loadEngine(engine.snapshot(), { describeCode, keywordConcepts: hsConcepts }).rankAll(buyers)).toStrictEqual(
      expected,
    );
    expect(() => loadEngine(engine.snapshot({ format: 'binary' }))).toThrow(/keywordConcepts/);
    expect(() => loadEngine(engine.snapshot())).toThrow(/keywordConcepts/);
    expect(await rankAllParallel(engine, buyers, { threads: 2 })).toStrictEqual(expected);
  });

  it('concept matches are symmetric between languages and never exceed an exact keyword (property)', () => {
    const pairs = fc.constantFrom(
      ['锂电池', 'lithium battery'],
      ['沙发', 'sofa'],
      ['绿茶', 'green tea'],
      ['无人机', 'drone'],
      ['变压器', 'transformer'],
      ['咖啡', 'coffee'],
    );
    fc.assert(
      fc.property(pairs, fc.constantFrom(...COUNTRIES), ([zh, en], country) => {
        const suppliers = parseSuppliers([
          { id: 'Z', name: 'Z', country, products: ['0902'], keywords: [zh] },
          { id: 'E', name: 'E', country, products: ['0902'], keywords: [en] },
        ]);
        const e = createEngine(suppliers, { asOf: ASOF, keywordConcepts: hsConcepts, requireIndustryOverlap: false });
        const wantsEn = parseBuyers([{ id: 'b1', name: 'b', country, wants: ['0902'], keywords: [en] }])[0]!;
        const wantsZh = parseBuyers([{ id: 'b2', name: 'b', country, wants: ['0902'], keywords: [zh] }])[0]!;
        const across = e.score(wantsEn, 'Z').components.text!;
        expect(across).toBe(e.score(wantsZh, 'E').components.text);
        expect(across).toBeGreaterThan(0);
        expect(across).toBeLessThan(e.score(wantsEn, 'E').components.text!);
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseBuyers, parseSuppliers, type Buyer, type Supplier } from '../../src/index.js';
import { prepareBuyer, prepareSupplier } from '../../src/score/prepared.js';
import { capacityEvidence, capacityScore } from '../../src/score/capacity.js';
import { timingEvidence, timingScore } from '../../src/score/timing.js';
import { credentialEvidence, credentialScore, trustScore } from '../../src/score/credentials.js';
import { coverage, industryScore } from '../../src/score/industry.js';
import { combine } from '../../src/score/combine.js';
import { normalise, dot, capabilityFromDot } from '../../src/score/capability.js';
import { KeywordMatcher } from '../../src/score/text.js';
import { RegionCache, regionEvidence, regionScore } from '../../src/score/region.js';
import { DEFAULT_WEIGHTS } from '../../src/score/weights.js';

const S = (extra: Partial<Supplier> = {}) =>
  prepareSupplier(parseSuppliers([{ id: 'S', name: 'S', country: 'CN', products: ['850440'], ...extra }])[0]!, 0);
const B = (extra: Partial<Buyer> = {}) => prepareBuyer(parseBuyers([{ id: 'B', name: 'B', country: 'DE', wants: ['850440'], ...extra }])[0]!);

describe('industry', () => {
  it('scores by the HS hierarchy, blending the best match with coverage', () => {
    expect(coverage(['850440'], ['850440'], 'hs')).toBe(1);
    expect(coverage(['850440'], ['8504'], 'hs')).toBe(1);
    expect(coverage(['850440'], ['850410'], 'hs')).toBeCloseTo(0.7, 12);
    expect(coverage(['850440'], ['8501'], 'hs')).toBeCloseTo(0.4, 12);
    expect(coverage(['850440'], ['8471'], 'hs')).toBeCloseTo(0.15, 12); // both in section XVI
    expect(coverage(['850440'], ['090111'], 'hs')).toBe(0);
    expect(coverage(['850440', '090111'], ['850440'], 'hs')).toBeCloseTo(0.6 + 0.4 * 0.5, 12);
    expect(coverage([], ['850440'], 'hs')).toBeNull();
  });

  it('takes the better of HS and ISIC evidence', () => {
    const b = B({ wants: ['090111'], activities: ['2610'] }).profile;
    expect(industryScore(b, S({ activities: ['2610'] }).profile)).toBe(1);
    expect(industryScore(b, S().profile)).toBe(0);
  });
});

describe('capacity', () => {
  it('is the weaker of capacity and MOQ fit, null without a volume', () => {
    expect(capacityScore(capacityEvidence(B({ volume: 1000 }), S({ capacity: 500, moq: 10 })))).toBe(0.5);
    expect(capacityScore(capacityEvidence(B({ volume: 100 }), S({ capacity: 500, moq: 400 })))).toBe(0.25);
    expect(capacityScore(capacityEvidence(B({ volume: 100 }), S({ capacity: 500 })))).toBe(1);
    expect(capacityScore(capacityEvidence(B(), S({ capacity: 500 })))).toBeNull();
    expect(capacityScore(capacityEvidence(B({ volume: 5 }), S()))).toBeNull();
  });
});

describe('timing', () => {
  const asOf = new Date('2026-11-22T00:00:00Z');
  const t = (deadline: string, lead: number) => timingScore(timingEvidence(B({ deadline }), S({ leadTimeDays: lead }), asOf));
  it('rewards slack, penalises infeasible lead times', () => {
    expect(t('2027-01-21', 30)).toBe(1); // 60 days left, lead time half of it
    expect(t('2026-12-22', 30)).toBeCloseTo(0.7, 12); // exactly feasible
    expect(t('2026-12-07', 30)).toBeCloseTo(0.25, 12); // 15 of 30 days
    expect(t('2026-11-01', 3)).toBe(0); // deadline passed
    expect(timingScore(timingEvidence(B(), S({ leadTimeDays: 3 }), asOf))).toBeNull();
  });
});

describe('credentials', () => {
  it('blends preferred-certificate share with trust (tier, quality system, patents)', () => {
    const s = S({ certifications: ['ISO9001', 'CE'], tier: 'little-giant', patents: 5 });
    expect(trustScore(s)).toBeCloseTo(0.6 * 0.75 + 0.2 + 0.2 * 0.5, 12);
    const b = B({ preferredCertifications: ['CE', 'UL'] });
    expect(credentialScore(b, credentialEvidence(b, s))).toBeCloseTo(0.6 * 0.5 + 0.4 * trustScore(s), 12);
    expect(credentialScore(B(), credentialEvidence(B(), S()))).toBeNull();
    expect(credentialScore(b, credentialEvidence(b, S()))).toBe(0);
  });
});

describe('capability', () => {
  it('is the clamped cosine of normalised vectors', () => {
    const a = normalise([3, 4])!;
    const b = normalise([4, 3])!;
    expect(capabilityFromDot(dot(a, 0, b, 2))).toBeCloseTo(24 / 25, 6);
    expect(capabilityFromDot(dot(a, 0, normalise([-3, -4])!, 2))).toBe(0);
    expect(normalise([0, 0])).toBeUndefined();
  });
});

describe('text', () => {
  it('matches keywords fuzzily, exact ones fully, unrelated ones not at all', () => {
    const m = new KeywordMatcher(['electric motor', 'motor', 'coffee beans', '电机']);
    expect(m.score(['motor'], ['motor'])).toBe(1);
    expect(m.score(['motors'], ['motor'])!).toBeGreaterThan(0.5);
    expect(m.score(['motors'], ['coffee beans'])).toBe(0);
    expect(m.score(['电机'], ['electric motor'])).toBe(0);
    expect(m.score(undefined, ['motor'])).toBeNull();
  });
});

describe('region', () => {
  it('rewards preferred origins, shared blocs, export experience, language and hours', () => {
    const cache = new RegionCache(new Date('2026-11-22T00:00:00Z'));
    const b = B({ country: 'VN', origins: { include: ['RCEP'] } });
    const near = regionEvidence(b, S({ exportMarkets: ['VN'], languages: ['vi'] }), cache);
    expect(near.origin).toStrictEqual({ value: 1, place: 'RCEP' });
    expect(near.ties.sharedBlocs).toContain('RCEP');
    expect(near.exports).toStrictEqual({ value: 1, kind: 'country' });
    expect(near.language.shared).toBe('vi');
    const far = regionEvidence(b, S({ country: 'BR' }), cache);
    expect(far.origin?.value).toBe(0);
    expect(regionScore(near)).toBeGreaterThan(regionScore(far));
    expect(regionScore(far)).toBeGreaterThanOrEqual(0);
  });
});

describe('combine', () => {
  it('renormalises over known components and ignores zero weights', () => {
    const c = { industry: 1, region: 0.5, capability: null, text: null, credentials: null, capacity: null, timing: null };
    expect(combine(c, DEFAULT_WEIGHTS)).toBeCloseTo((0.4 + 0.06) / 0.52, 12);
    expect(combine(c, { ...DEFAULT_WEIGHTS, region: 0 })).toBe(1);
    expect(combine(c, { ...DEFAULT_WEIGHTS, region: 0, industry: 0 })).toBe(0);
  });
});

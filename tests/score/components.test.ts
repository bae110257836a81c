import { describe, expect, it } from 'vitest';
import { capabilityFromDot, dot, normalise } from '../../src/score/components/capability.js';
import { capacityScore } from '../../src/score/components/capacity.js';
import { credentialScore, trustScore } from '../../src/score/components/credentials.js';
import { KeywordMatcher } from '../../src/score/components/text.js';
import { timingScore } from '../../src/score/components/timing.js';
import { CoverageBest, numericCoverage, sectionTable } from '../../src/score/kernel/codes.js';
import { codeRows } from '../../src/score/kernel/supplier-table.js';
import { mutualScore } from '../../src/score/supplier-side.js';

const hs = sectionTable('hs');
const coverage = (wanted: string[], offered: string[], inferred: string[] = []) => {
  const w = codeRows([wanted], 4);
  const o = codeRows([offered], 4, [inferred.map((code) => ({ code, from: 'words' }))]);
  return numericCoverage(w, o, 0, o.codes.length, hs, new CoverageBest());
};

describe('industry', () => {
  it('scores by the HS hierarchy, directionally, blending the best match with coverage', () => {
    expect(coverage(['850440'], ['850440'])).toBe(1);
    expect(coverage(['8504'], ['850440'])).toBe(1); // offered inside the wanted heading
    expect(coverage(['850440'], ['8504'])).toBeCloseTo(0.8, 12); // declares the whole heading
    expect(coverage(['850440'], ['85'])).toBeCloseTo(0.45, 12); // declares the whole chapter
    expect(coverage(['850440'], [], ['850440'])).toBeCloseTo(0.85, 12); // inferred from words
    expect(coverage(['850440'], ['850410'])).toBeCloseTo(0.7, 12);
    expect(coverage(['850440'], ['8501'])).toBeCloseTo(0.4, 12);
    expect(coverage(['850440'], ['8471'])).toBeCloseTo(0.15, 12); // both in section XVI
    expect(coverage(['850440'], ['090111'])).toBe(0);
    expect(coverage(['09'], ['090111'])).toBe(1); // leading zeros survive as lengths
    expect(coverage(['090111'], ['09'])).toBeCloseTo(0.45, 12);
    expect(coverage(['850440', '090111'], ['850440'])).toBeCloseTo(0.6 + 0.4 * 0.5, 12);
    expect(coverage([], ['850440'])).toBeNaN();
  });
});

describe('capacity', () => {
  it('is the weaker of capacity and MOQ fit, unknown without a volume', () => {
    expect(capacityScore(1000, 500, 10)).toBe(0.5);
    expect(capacityScore(100, 500, 400)).toBe(0.25);
    expect(capacityScore(100, 500, Number.NaN)).toBe(1);
    expect(capacityScore(Number.NaN, 500, 1)).toBeNaN();
    expect(capacityScore(5, Number.NaN, Number.NaN)).toBeNaN();
  });
});

describe('timing', () => {
  it('rewards slack, penalises infeasible lead times', () => {
    expect(timingScore(60, 30)).toBe(1);
    expect(timingScore(30, 30)).toBeCloseTo(0.7, 12);
    expect(timingScore(15, 30)).toBeCloseTo(0.25, 12);
    expect(timingScore(-21, 3)).toBe(0);
    expect(timingScore(Number.NaN, 3)).toBeNaN();
  });
});

describe('credentials', () => {
  it('blends preferred-certificate share with trust (tier, quality system, patents)', () => {
    const trust = trustScore({
      id: 'S',
      name: 'S',
      country: 'CN',
      products: ['85'],
      certifications: ['ISO9001', 'CE'],
      tier: 'little-giant',
      patents: 5,
    });
    expect(trust).toBeCloseTo(0.6 * 0.75 + 0.2 + 0.2 * 0.5, 12);
    expect(credentialScore(0.5, trust)).toBeCloseTo(0.6 * 0.5 + 0.4 * trust, 12);
    expect(credentialScore(Number.NaN, trust)).toBe(trust);
  });
});

describe('capability', () => {
  it('is the clamped cosine of normalised vectors', () => {
    const a = normalise([3, 4])!;
    expect(capabilityFromDot(dot(a, 0, normalise([4, 3])!, 2))).toBeCloseTo(24 / 25, 6);
    expect(capabilityFromDot(dot(a, 0, normalise([-3, -4])!, 2))).toBe(0);
    expect(normalise([0, 0])).toBeUndefined();
  });
});

describe('text', () => {
  it('matches keywords fuzzily, exact ones fully, unrelated ones and other scripts not at all', () => {
    const vocab = ['electric motor', 'motor', 'coffee beans', '电机'];
    const m = new KeywordMatcher(vocab);
    const ids = (...words: string[]) => Int32Array.from(words, (w) => vocab.indexOf(w));
    const score = (q: string[], s: Int32Array) =>
      KeywordMatcher.score(
        q.map((k) => m.similarities(k)),
        s,
        0,
        s.length,
      );
    expect(score(['motor'], ids('motor'))).toBe(1);
    expect(score(['motors'], ids('motor'))).toBeGreaterThan(0.5);
    expect(score(['motors'], ids('coffee beans'))).toBe(0);
    expect(score(['电机'], ids('electric motor'))).toBe(0);
    expect(score([], ids('motor'))).toBeNaN();
  });
});

describe('mutual', () => {
  it('is the harmonic mean', () => {
    expect(mutualScore(0.9, 0.3)).toBeCloseTo(0.45, 12);
    expect(mutualScore(0, 0)).toBe(0);
  });
});

/** The bigram prefilter loses nothing: keyword similarities equal a plain fuse.js search of the whole vocabulary. */
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { KeywordMatcher } from '../../src/score/components/text.js';

const OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.35,
  minMatchCharLength: 2,
} as const;
const WORDS = [
  'industrial robot',
  'servo motor',
  'lithium-ion battery',
  'LED',
  'solar module',
  '工业机器人',
  '伺服电机',
  'Kühlschrank',
  'ball bearing',
  'valve',
];

/** Text near the vocabulary: words, their edits (insert / delete / substitute / swap), case changes and mixes. */
const nearText = fc
  .tuple(
    fc.constantFrom(...WORDS),
    fc.array(
      fc.tuple(
        fc.nat(40),
        fc.constantFrom('insert', 'delete', 'substitute', 'swap'),
        fc.constantFrom(...'aeiorstnlc-工机器 ÜK'),
      ),
      { maxLength: 6 },
    ),
    fc.boolean(),
  )
  .map(([word, edits, upper]) => {
    let w = word;
    for (const [at, kind, ch] of edits) {
      const i = w.length === 0 ? 0 : at % w.length;
      if (kind === 'insert') w = w.slice(0, i) + ch + w.slice(i);
      else if (kind === 'delete') w = w.slice(0, i) + w.slice(i + 1);
      else if (kind === 'substitute') w = w.slice(0, i) + ch + w.slice(i + 1);
      else if (i + 1 < w.length) w = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    }
    return upper ? w.toUpperCase() : w;
  });
// Keywords are never blank (the parser trims them and rejects empty ones); fuse.js treats a
// blank query as matching everything, which no keyword can ask.
const anyText = fc
  .oneof(nearText, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 12 }))
  .filter((t) => t.trim() !== '');

describe('keyword prefilter', () => {
  it('similarities equal fuse over the whole vocabulary', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anyText, { minLength: 1, maxLength: 40 }),
        fc.array(anyText, { minLength: 1, maxLength: 8 }),
        (vocabulary, queries) => {
          const matcher = new KeywordMatcher(vocabulary);
          const plain = new Fuse(vocabulary, OPTIONS);
          for (const q of queries) {
            const expected = new Map<number, number>();
            for (const hit of plain.search(q)) expected.set(hit.refIndex, 1 - (hit.score ?? 1));
            const exact = vocabulary.indexOf(q);
            if (exact >= 0) expected.set(exact, 1);
            expect(new Map([...matcher.similarities(q)].sort((a, b) => a[0] - b[0]))).toStrictEqual(
              new Map([...expected].sort((a, b) => a[0] - b[0])),
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

/**
 * Entry scores → code scores, heading-aware: a subheading is scored by its best names; a heading
 * by its best subheading, the runner-up and its own heading-wide names; a subheading's final rank
 * adds half its heading's score, so a subheading inside a well-supported heading wins over a lone
 * name match elsewhere; a chapter by its best headings.
 */
import { CODE_LENGTHS, chapterOf, headingOf } from '../levels.js';
import type { InvertedIndex } from './inverted-index.js';
import type { EntryScores } from './score-entries.js';

export interface CodeScore {
  readonly code: string;
  readonly score: number;
  /** Largest share of the query explained by one name of this code. */
  readonly coverage: number;
}

interface Acc {
  top1: number;
  top2: number;
  coverage: number;
}

function push(map: Map<string, Acc>, code: string, score: number, coverage: number): void {
  const a = map.get(code);
  if (!a) map.set(code, { top1: score, top2: 0, coverage });
  else {
    if (score > a.top1) {
      a.top2 = a.top1;
      a.top1 = score;
    } else if (score > a.top2) a.top2 = score;
    a.coverage = Math.max(a.coverage, coverage);
  }
}

const AGGREGATION = {
  secondName: 0.3,
  secondSubheading: 0.25,
  headingName: 0.25,
  headingInSubheading: 0.5,
  secondHeading: 0.25,
};

const byScore = (a: CodeScore, b: CodeScore): number =>
  b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function aggregate(index: InvertedIndex, scores: EntryScores, level: 2 | 4 | 6): CodeScore[] {
  const subs = new Map<string, Acc>();
  const headingNames = new Map<string, Acc>();
  for (const e of scores.touched) {
    const code = index.entries[e]!.code;
    push(code.length === CODE_LENGTHS.hs.subheading ? subs : headingNames, code, scores.score[e]!, scores.coverage[e]!);
  }
  const subScores = new Map<string, CodeScore>();
  const subsByHeading = new Map<string, CodeScore[]>();
  for (const [code, a] of subs) {
    const s = { code, score: a.top1 + AGGREGATION.secondName * a.top2, coverage: a.coverage };
    subScores.set(code, s);
    const h = headingOf(code, 'hs');
    if (!subsByHeading.has(h)) subsByHeading.set(h, []);
    subsByHeading.get(h)!.push(s);
  }
  const headings: CodeScore[] = [];
  for (const h of new Set([...subsByHeading.keys(), ...headingNames.keys()])) {
    const list = (subsByHeading.get(h) ?? []).sort(byScore);
    const own = headingNames.get(h);
    const best = list[0]?.score ?? 0;
    const ownScore = own?.top1 ?? 0;
    const score =
      Math.max(best, ownScore) +
      AGGREGATION.headingName * Math.min(best, ownScore) +
      AGGREGATION.secondSubheading * (list[1]?.score ?? 0);
    headings.push({ code: h, score, coverage: Math.max(list[0]?.coverage ?? 0, own?.coverage ?? 0) });
  }
  if (level === 4) return headings.sort(byScore);
  if (level === 2) {
    const chapters = new Map<string, CodeScore[]>();
    for (const h of headings) {
      const c = chapterOf(h.code);
      if (!chapters.has(c)) chapters.set(c, []);
      chapters.get(c)!.push(h);
    }
    return [...chapters]
      .map(([code, list]) => {
        list.sort(byScore);
        return {
          code,
          score: list[0]!.score + AGGREGATION.secondHeading * (list[1]?.score ?? 0),
          coverage: list[0]!.coverage,
        };
      })
      .sort(byScore);
  }
  const headingScore = new Map(headings.map((h) => [h.code, h.score]));
  return [...subScores.values()]
    .map((s) => ({
      code: s.code,
      score: s.score + AGGREGATION.headingInSubheading * headingScore.get(headingOf(s.code, 'hs'))!,
      coverage: s.coverage,
    }))
    .sort(byScore);
}

/**
 * A query as weighted index terms grouped by the word they stand for. Each group (an English
 * word, a Chinese bigram or a single-character run) is one piece of the query to be explained;
 * a trade synonym's terms explain the group(s) of the words it replaces. Words that say nothing
 * about the product ("goods", "产品", "批发") are dropped, so a vague query has no groups.
 */
import { EN_SYNONYMS, ZH_SYNONYMS } from './synonyms.js';
import { chineseRuns, chineseTerms, englishTerms, foldPlural, normaliseText } from './tokenize.js';

export interface QueryTerm {
  readonly term: string;
  readonly weight: number;
  /** Indexes of the query groups a match on this term explains. */
  readonly groups: readonly number[];
}

export interface Query {
  readonly terms: readonly QueryTerm[];
  readonly groupCount: number;
}

/** English words that name no product. */
const EN_VAGUE = new Set(
  ('good product item stuff thing merchandise commodity article various misc miscellaneous general assorted sale ' +
    'wholesale supplier manufacturer factory custom customized oem odm quality high best hot cheap free shipping brand ' +
    'premium export import trade trading company co ltd inc style fashion design')
    .split(' ')
    .map(foldPlural),
);

/** Chinese marketplace words that name no product (treated as separators). */
const ZH_VAGUE = /产品|商品|货物|物品|东西|系列|批发|厂家|直销|定制|新款|正品|包邮|热销|爆款|高品质|优质|现货|工厂|供应|出口|进口|一件代发|跨境|专用|款式|多功能/gu;

const UNIGRAM_WEIGHT = 0.3;

export function parseQuery(text: string): Query {
  const norm = normaliseText(text);
  const terms: QueryTerm[] = [];
  let groupCount = 0;

  // English: one group per informative word; synonyms of one- and two-word phrases.
  const words = englishTerms(norm).filter((w) => !EN_VAGUE.has(w));
  const wordGroup = words.map(() => groupCount++);
  words.forEach((w, i) => terms.push({ term: w, weight: 1, groups: [wordGroup[i]!] }));
  for (const [key, expansion, weight] of EN_SYNONYMS) {
    const keyWords = englishTerms(key);
    for (let i = 0; i + keyWords.length <= words.length; i++) {
      if (!keyWords.every((k, j) => words[i + j] === k)) continue;
      const groups = keyWords.map((_, j) => wordGroup[i + j]!);
      for (const t of englishTerms(expansion)) terms.push({ term: t, weight, groups });
    }
  }

  // Chinese: bigram groups (a one-character run is its own group); unigrams add weak evidence.
  const zhText = norm.replace(ZH_VAGUE, ' ');
  for (const run of chineseRuns(zhText)) {
    const chars = [...run];
    // Group g stands for bigram chars[g..g+1]; a one-character run is a single group.
    const groupsInRun = Math.max(1, chars.length - 1);
    if (chars.length === 1) terms.push({ term: `1:${run}`, weight: 1, groups: [groupCount] });
    else {
      for (let i = 0; i + 1 < chars.length; i++) terms.push({ term: chars[i]! + chars[i + 1]!, weight: 1, groups: [groupCount + i] });
      for (const c of chars) terms.push({ term: `1:${c}`, weight: UNIGRAM_WEIGHT, groups: [] });
    }
    // A synonym found in the run explains every group that overlaps it.
    for (const [key, expansion, weight] of ZH_SYNONYMS) {
      const at = run.indexOf(key);
      if (at < 0) continue;
      const start = [...run.slice(0, at)].length;
      const end = start + [...key].length - 1;
      const groups: number[] = [];
      for (let g = Math.max(0, start - 1); g <= Math.min(groupsInRun - 1, end); g++) groups.push(groupCount + g);
      pushExpansion(terms, expansion, weight, groups);
    }
    groupCount += groupsInRun;
  }
  // Latin words inside a Chinese synonym key ("led" → 发光二极管) are handled by the English pass.
  for (const [key, expansion, weight] of ZH_SYNONYMS) {
    if (!/^[a-z]+$/.test(key)) continue;
    const i = words.indexOf(key);
    if (i < 0) continue;
    pushExpansion(terms, expansion, weight, [wordGroup[i]!]);
  }
  return { terms, groupCount };
}

/** The terms of a synonym's expansion (Chinese n-grams and English words), explaining `groups`. */
function pushExpansion(terms: QueryTerm[], expansion: string, weight: number, groups: number[]): void {
  for (const part of chineseRuns(expansion)) {
    for (const t of chineseTerms(part)) {
      const unigram = t.startsWith('1:');
      terms.push({ term: t, weight: unigram ? weight * UNIGRAM_WEIGHT : weight, groups: unigram && [...part].length > 1 ? [] : groups });
    }
  }
  for (const t of englishTerms(expansion)) terms.push({ term: t, weight, groups });
}

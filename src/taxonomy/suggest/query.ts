/**
 * A query as weighted index terms grouped by the word they stand for. Each group (an English
 * word, a Chinese bigram or a single-character run) is one piece of the query to be explained;
 * a trade synonym's terms explain the group(s) of the words it replaces. Words that say nothing
 * about the product ("goods", "产品", "批发") are dropped, so a vague query has no groups.
 */

import { PARTS } from './inverted-index.js';
import { EN_SYNONYMS, ZH_SYNONYMS } from './synonyms.js';
import { FOR_WEIGHT_AFTER_PARTS, SEGMENT_WEIGHT, segmentTitle } from './title.js';
import { chineseRuns, chineseTerms, englishTerms, foldPlural, normaliseText } from './tokenize.js';

interface QueryTerm {
  readonly term: string;
  readonly weight: number;
  /** Indexes of the query groups a match on this term explains. */
  readonly groups: readonly number[];
}

export interface Query {
  readonly terms: readonly QueryTerm[];
  readonly groupCount: number;
  /**
   * In a long text, the group of the product word of the head ("stroller" in "a four-wheeled infant
   * stroller with a mesh bag"): names that do not match it count less (see score-entries.ts).
   */
  readonly productGroup?: number;
}

/** English words that name no product. */
const EN_VAGUE = new Set(
  (
    'good product item stuff thing merchandise commodity article various misc miscellaneous general assorted sale ' +
    'wholesale supplier manufacturer factory custom customized oem odm quality high best hot cheap free ' +
    'shipping brand ' +
    'premium export import trade trading company co ltd inc style fashion design ' +
    // Selling words of marketplace titles.
    'upgraded upgrade latest newest deluxe luxury luxurious professional ultra super perfect ideal gift gifts ' +
    'stylish elegant cute durable sturdy lightweight portable easy fast quick universal multifunctional ' +
    'multipurpose multifunction unisex bestseller bestselling original genuine authentic official ' +
    // The frame of a catalogue or ruling sentence ("the merchandise under consideration is described as").
    'sample merchandise submitted inquiry request requesting requested classification tariff described ' +
    'identified designated referred called consideration subject concerned provided information letter ' +
    'ruling photograph description descriptive literature imported number sku model vendor our we offer supply ' +
    'you your question issue protest furnished'
  )
    .split(' ')
    .map(foldPlural),
);

/** Chinese marketplace words that name no product (treated as separators). */
const ZH_VAGUE = new RegExp(
  [
    '产品|商品|货物|物品|东西|系列|批发|厂家|直销|定制|新款|新品|正品|包邮|热销|爆款|高品质|优质|现货|工厂|供应|出口|进口|一件代发|跨境|专用|款式|多功能|大容量|男女款|男女',
    '学生|便携式|便携|网红|同款|韩版|时尚|简约|高颜值|可爱|创意|家用|加厚|超长续航|特价|促销|清仓|高档|耐用|升级|官方|旗舰|[0-9]+件套',
  ].join('|'),
  'gu',
);

const UNIGRAM_WEIGHT = 0.3;
/** Share a synonym counts outside the head of the text: an attribute must not pull in another product. */
const OUTSIDE_HEAD_SYNONYM = 0.5;

export function parseQuery(text: string): Query {
  const norm = normaliseText(text);
  const terms: QueryTerm[] = [];
  const state: SegmentState = { groupCount: 0 };
  const segments = segmentTitle(norm, isInformative);
  const head = segments.find((s) => s.role === 'head');
  const headIsParts = head !== undefined && englishTerms(head.text).every((w) => PARTS.test(w) || EN_VAGUE.has(w));
  // In a short phrase ("coffee cups, porcelain or china") what follows a comma qualifies the product;
  // only in a long title are the later pieces selling points that must count less.
  const short = segments.reduce((n, s) => n + informativeCount(s.text), 0) <= SHORT_PHRASE_WORDS;
  for (const segment of segments) {
    const weight =
      segment.role === 'for'
        ? headIsParts
          ? FOR_WEIGHT_AFTER_PARTS
          : SEGMENT_WEIGHT.for
        : short
          ? 1
          : SEGMENT_WEIGHT[segment.role];
    const longHead = !short && segment.role === 'head';
    // In a long text, spec words (sizes, capacities, "approximately 6 inches in height") say nothing
    // about the product, and a catalogue or ruling sentence names it after its frame ("the sample
    // submitted is a …"): only what follows the frame is the head.
    const words = short ? segment.text : stripSpecWords(longHead ? afterFrame(segment.text) : segment.text);
    addSegment(words, weight, terms, state, longHead);
  }
  return {
    terms,
    groupCount: state.groupCount,
    ...(state.productGroup !== undefined ? { productGroup: state.productGroup } : {}),
  };
}

interface SegmentState {
  groupCount: number;
  productGroup?: number;
}

/**
 * Where a catalogue or ruling sentence names the product: between its frame ("is a", "are",
 * "described as", "consists of", "ruling on", "a sample of"…) and the next verb or relative clause
 * ("… sunglasses was furnished", "… charger that houses …"). Frames in a row ("is identified as the")
 * and pieces that say nothing ("… on an item that is …") are skipped. Marketplace titles have none.
 */
const FRAME = new RegExp(
  [
    String.raw`\b(?:is|are|was|were)\b(?:\s+(?:a|an|the|two|three|four|five|several|various))?`,
    String.raw`\b(?:described|identified|referred to|known|designated|marketed|called|named)\s+as\b`,
    String.raw`\bconsist(?:s|ing)? of\b|\bcomprised of\b|\bdepicts?\b|\bruling (?:on|for)\b`,
    String.raw`\bclassification (?:of|on|for)\b`,
    String.raw`\b(?:samples?|photographs?|pictures?|descriptions?|literature|illustrations?) (?:of|on|for)\b`,
    String.raw`\b(?:that|which|who|whose)\b`,
  ].join('|'),
  'g',
);

/** The words of a head between its frame and the next verb or relative clause (the whole head when it has no frame). */
export function afterFrame(head: string): string {
  let start = -1;
  for (const m of head.matchAll(FRAME)) {
    const relative = /^(?:that|which|who|whose)$/.test(m[0]);
    if (start < 0) {
      if (!relative) start = m.index + m[0].length;
      continue;
    }
    const between = head.slice(start, m.index);
    if (isInformative(between)) return between;
    start = m.index + m[0].length;
  }
  if (start < 0) return head;
  const rest = head.slice(start);
  return isInformative(rest) ? rest : head;
}

/**
 * Words of specifications and of the letter around a product (sizes, capacities, ratings, dates, item
 * numbers), dropped from long texts: "24000mAh", "measuring approximately 6 inches in height", "dated
 * May 3". Words with digits are already dropped by the tokenizer.
 */
const SPEC_WORDS = new Set(
  (
    'approximately approx about measuring measure measures measured measurement dimension height width length depth ' +
    'diameter thickness inch inches cm centimeter centimeters millimeter millimeters meter meters feet ft ounce ' +
    'ounces oz ' +
    'gram grams lb lbs pound pounds mah wh watt watts volt volts amp amps percent tall wide deep high long ' +
    'weigh weighs ' +
    'dated january february march april may june july august september october november december ' +
    'item style model number sku upc part no ref code version gen generation series edition size sizes you your ' +
    'request ' +
    'submitted provided returned enclosed inquiry imported importation retail packaged'
  )
    .split(' ')
    .map(foldPlural),
);

/** The text without its spec words (whole words only; Chinese text is left alone). */
export function stripSpecWords(text: string): string {
  return text.replace(/[a-z]+/g, (w) => (SPEC_WORDS.has(foldPlural(w)) ? ' ' : w));
}

/** A text with at most this many informative words (English words, Chinese runs) is a short phrase. */
const SHORT_PHRASE_WORDS = 5;
/** Weight of a word before the last one in the head of a long title (it modifies the product). */
const MODIFIER_WEIGHT = 0.6;
/** Weight of a plain attribute (colour, size, finish) in the head of a long title. */
const ATTRIBUTE_WORD_WEIGHT = 0.3;
/** Words that describe any product in a long title (they never name it): colours, sizes, finishes. */
const TITLE_ATTRIBUTES = new Set(
  (
    'waterproof water resistant proof adjustable foldable folding non slip anti thick thin large small big ' +
    'extra long ' +
    'short heavy duty size sized color colour colors black white red blue green pink grey gray purple yellow orange ' +
    'brown beige gold silver clear transparent soft hard comfortable breathable compact rechargeable wireless ' +
    // What marketplace titles hang after the product without a separator ("Midi Dress Casual Short Sleeve V Neck").
    'casual formal vintage classic slim fit loose oversized summer winter spring autumn fall floral printed print ' +
    'solid striped sleeve sleeveless neck collar waist mini midi maxi'
  )
    .split(' ')
    .map(foldPlural),
);

/** How many words of a piece of text could name a product. */
function informativeCount(text: string): number {
  return englishTerms(text).filter((w) => !EN_VAGUE.has(w)).length + chineseRuns(text.replace(ZH_VAGUE, ' ')).length;
}

const isInformative = (text: string): boolean => informativeCount(text) > 0;

/** The terms of one segment of the query, each weight scaled by the segment's `scale`. */
function addSegment(text: string, scale: number, terms: QueryTerm[], state: SegmentState, headFinal = false): void {
  // English: one group per informative word; synonyms of one- and two-word phrases. In the head of a
  // long title the last word is the product and the words before it modify it ("laptop backpack").
  const words = englishTerms(text).filter((w) => !EN_VAGUE.has(w));
  const wordGroup = words.map(() => state.groupCount++);
  // The product is the last word that is not a plain attribute ("LED string lights waterproof").
  let product = words.length - 1;
  while (headFinal && product > 0 && TITLE_ATTRIBUTES.has(words[product]!)) product--;
  if (headFinal && product >= 0) state.productGroup = wordGroup[product]!;
  const wordScale = (i: number): number =>
    !headFinal
      ? scale
      : TITLE_ATTRIBUTES.has(words[i]!)
        ? ATTRIBUTE_WORD_WEIGHT * scale
        : i !== product
          ? MODIFIER_WEIGHT * scale
          : scale;
  words.forEach((w, i) => terms.push({ term: w, weight: wordScale(i), groups: [wordGroup[i]!] }));
  for (const [key, expansion, weight] of EN_SYNONYMS) {
    const keyWords = englishTerms(key);
    for (let i = 0; i + keyWords.length <= words.length; i++) {
      if (!keyWords.every((k, j) => words[i + j] === k)) continue;
      const groups = keyWords.map((_, j) => wordGroup[i + j]!);
      // Outside the head a synonym counts half: an attribute ("with laptop compartment") must not pull
      // the whole tariff wording of another product in.
      const synonymScale = wordScale(i + keyWords.length - 1) * (scale < 1 ? OUTSIDE_HEAD_SYNONYM : 1);
      for (const t of englishTerms(expansion)) terms.push({ term: t, weight: weight * synonymScale, groups });
    }
  }

  // Chinese: bigram groups (a one-character run is its own group); unigrams add weak evidence.
  const zhText = text.replace(ZH_VAGUE, ' ');
  for (const run of chineseRuns(zhText)) {
    const chars = [...run];
    const first = state.groupCount;
    // Group first + g stands for bigram chars[g..g+1]; a one-character run is a single group.
    const groupsInRun = Math.max(1, chars.length - 1);
    if (chars.length === 1) terms.push({ term: `1:${run}`, weight: scale, groups: [first] });
    else {
      for (let i = 0; i + 1 < chars.length; i++)
        terms.push({ term: chars[i]! + chars[i + 1]!, weight: scale, groups: [first + i] });
      for (const c of chars) terms.push({ term: `1:${c}`, weight: UNIGRAM_WEIGHT * scale, groups: [] });
    }
    // A synonym found in the run explains every group that overlaps it.
    for (const [key, expansion, weight] of ZH_SYNONYMS) {
      const at = run.indexOf(key);
      if (at < 0) continue;
      const start = [...run.slice(0, at)].length;
      const end = start + [...key].length - 1;
      const groups: number[] = [];
      for (let g = Math.max(0, start - 1); g <= Math.min(groupsInRun - 1, end); g++) groups.push(first + g);
      pushExpansion(terms, expansion, weight * scale, groups);
    }
    state.groupCount += groupsInRun;
  }
  // Latin words inside a Chinese synonym key ("led" → 发光二极管) are handled by the English pass.
  for (const [key, expansion, weight] of ZH_SYNONYMS) {
    if (!/^[a-z]+$/.test(key)) continue;
    const i = words.indexOf(key);
    if (i < 0) continue;
    pushExpansion(terms, expansion, weight * scale, [wordGroup[i]!]);
  }
}

/** The terms of a synonym's expansion (Chinese n-grams and English words), explaining `groups`. */
function pushExpansion(terms: QueryTerm[], expansion: string, weight: number, groups: number[]): void {
  for (const part of chineseRuns(expansion)) {
    for (const t of chineseTerms(part)) {
      const unigram = t.startsWith('1:');
      terms.push({
        term: t,
        weight: unigram ? weight * UNIGRAM_WEIGHT : weight,
        groups: unigram && [...part].length > 1 ? [] : groups,
      });
    }
  }
  for (const t of englishTerms(expansion)) terms.push({ term: t, weight, groups });
}

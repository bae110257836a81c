/**
 * Text → index terms, the same way for the vocabulary and for queries: English words (lower case,
 * stop words dropped, plurals folded) and Chinese character unigrams and bigrams (runs split at
 * function characters such as 的/及/或). Latin words inside Chinese text ("LED灯") are English words.
 */

/** Words that say nothing about which product is meant. */
const EN_STOP = new Set(
  (
    'a an and or of the for with without in on to by from at as not no nor other others whether than its it their ' +
    'such etc nes excl excluding incl including thereof therefor be being are is was which all any but this that ' +
    'these those into onto per each only also so very more less most like type kind new used set kg mm cm ml ' +
    'gsm pcs pc ' +
    'lot piece pieces pack of up over under within between exceeding exceed containing contain incorporating ' +
    'whereof n e s w g x'
  ).split(' '),
);

/** Chinese function characters and phrases that separate terms ("带软垫的木框架坐具" → 带软垫 | 木框架坐具). */
const ZH_SEPARATORS = /其他|未列名|除外|不论是否|以及|或者|包括|[的之及或与等者]/gu;

const IRREGULAR: Readonly<Record<string, string>> = {
  women: 'woman',
  men: 'man',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  geese: 'goose',
  mice: 'mouse',
  knives: 'knife',
  leaves: 'leaf',
  shelves: 'shelf',
  halves: 'half',
  loaves: 'loaf',
  wolves: 'wolf',
  calves: 'calf',
  potatoes: 'potato',
  tomatoes: 'tomato',
  heroes: 'hero',
  dice: 'die',
  data: 'data',
  species: 'species',
  series: 'series',
  glasses: 'glass',
  lenses: 'lens',
  buses: 'bus',
  gases: 'gas',
  dresses: 'dress',
  boxes: 'box',
  mattresses: 'mattress',
};

/** Light plural folding ("batteries" → "battery", "boxes" → "box", "lamps" → "lamp"); not a full stemmer. */
export function foldPlural(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower case, NFKC (full-width → ASCII), "&amp;" and similar entities dropped. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&[a-z]+;/g, ' ');
}

/** English terms of a text, in order (a word with digits — sizes, models — is dropped). */
export function englishTerms(text: string): string[] {
  const out: string[] = [];
  // "T-shirt", "t shirt", "tee shirt" → one word, so that it is not read as "shirt" (heading 6109, not 6105).
  for (const raw of text.replace(/\bt(?:ee)?[\s-]?shirt/g, 'tshirt').match(/[a-z0-9]+/g) ?? []) {
    if (/\d/.test(raw) || raw.length < 2 || EN_STOP.has(raw)) continue;
    const word = foldPlural(raw);
    if (!EN_STOP.has(word)) out.push(word);
  }
  return out;
}

/** Runs of Chinese characters, split at function characters. */
export function chineseRuns(text: string): string[] {
  return (text.match(/\p{Script=Han}+/gu) ?? [])
    .flatMap((run) => run.replace(ZH_SEPARATORS, ' ').split(' '))
    .filter(Boolean);
}

/** Character bigrams of a run, plus unigrams (prefixed "1:" so they never meet a bigram). */
export function chineseTerms(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    out.push(`1:${chars[i]}`);
    if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** Every index term of a (normalised) text: English words, then Chinese unigrams and bigrams. */
export function indexTerms(normalised: string): string[] {
  return [...englishTerms(normalised), ...chineseRuns(normalised).flatMap(chineseTerms)];
}

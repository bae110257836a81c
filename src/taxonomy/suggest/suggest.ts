/**
 * `suggestHsCodes`: HS 2022 codes for what a person writes, in English or Chinese.
 */
import { issue, ValidationError } from '../../model/validation-error.js';
import { HS_DESCRIPTIONS } from '../generated/hs-descriptions.generated.js';
import { HS_DESCRIPTIONS_ZH } from '../generated/hs-descriptions-zh.generated.js';
import { aggregate } from './aggregate.js';
import { buildIndex, type InvertedIndex, PARTS } from './inverted-index.js';
import { parseQuery } from './query.js';
import { scoreEntries } from './score-entries.js';

/**
 * One suggested HS code.
 * @example
 * const [best]: HsSuggestion[] = suggestHsCodes('roasted coffee');
 */
export interface HsSuggestion {
  /** HS 2022 code: 2, 4 or 6 digits (the requested level). */
  code: string;
  /** English description (UN Comtrade HS 2022 short description). */
  description: string;
  /** Simplified Chinese name (see data/README.md for how it is derived). */
  descriptionZh: string;
  /** Match quality in [0, 1], higher is better: the share of the text the best name explains, scaled by rank score. */
  score: number;
}

/**
 * Options of `suggestHsCodes`.
 * @example
 * const options: SuggestOptions = { limit: 5, level: 4 };
 */
export interface SuggestOptions {
  /** Most suggestions to return (default 10). */
  limit?: number;
  /** 2 (chapters), 4 (headings) or 6 (subheadings, the default). */
  level?: 2 | 4 | 6;
}

/** Below this share of the text explained, a suggestion is noise and nothing is returned. */
const MIN_CONFIDENCE = 0.2;
/** At most this many characters of text are read (long product descriptions: the title part matters). */
const MAX_TEXT = 2000;
/** Suggestions returned by default: enough to pick from by eye. */
const DEFAULT_LIMIT = 10;
/** Digits of the suggested codes by default: the subheading, the most precise HS 2022 level. */
const DEFAULT_LEVEL = 6;

let index: InvertedIndex | undefined;

/** The index, built on first use (about a quarter of a second; see benchmarks/README.md). */
function suggesterIndex(): InvertedIndex {
  return (index ??= buildIndex());
}

/**
 * HS codes for a product text — a short phrase ("battery packs"), a marketplace title, or Chinese
 * (锂电池储能系统) — best first. Vague text ("goods", "产品") gives `[]`. Deterministic.
 * @example
 * suggestHsCodes('lithium-ion batteries', { limit: 3 }).map((s) => s.code); // ['850760', …]
 * suggestHsCodes('沙发', { level: 4 })[0]?.code; // '9401'
 * @throws {ValidationError} when `text` is not a non-empty string or options are bad.
 */
export function suggestHsCodes(text: string, options: SuggestOptions = {}): HsSuggestion[] {
  if (typeof text !== 'string' || !text.trim())
    throw new ValidationError([issue(['text'], 'wrong-type', 'must be a non-empty string')]);
  if (options === null || typeof options !== 'object')
    throw new ValidationError([issue(['options'], 'wrong-type', { expected: 'an object' })]);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const level = options.level ?? DEFAULT_LEVEL;
  if (!Number.isInteger(limit) || limit < 1)
    throw new ValidationError([issue(['options', 'limit'], 'out-of-range', { min: 1, whole: true })]);
  if (level !== 2 && level !== 4 && level !== 6)
    throw new ValidationError([issue(['options', 'level'], 'invalid-value', 'must be 2, 4 or 6')]);

  const query = parseQuery(text.slice(0, MAX_TEXT));
  if (query.groupCount === 0) return [];
  const idx = suggesterIndex();
  const entryScores = scoreEntries(idx, query, PARTS.test(text));
  if (entryScores.queryMass === 0 || entryScores.touched.length === 0) return [];
  const ranked = aggregate(idx, entryScores, level);
  const top = ranked[0];
  if (!top || top.score <= 0) return [];
  const confidence = Math.min(1, top.coverage);
  if (confidence < MIN_CONFIDENCE) return [];
  return ranked.slice(0, limit).map((r) => ({
    code: r.code,
    description: HS_DESCRIPTIONS[r.code] ?? '',
    descriptionZh: HS_DESCRIPTIONS_ZH[r.code] ?? '',
    score: Math.round(confidence * (r.score / top.score) * 1e6) / 1e6,
  }));
}

/**
 * `cuohe/descriptions`: the large tables kept out of the core — English descriptions of every
 * HS 2022 and ISIC Rev.4 code, the HS → ISIC division correspondence, and HS code suggestion
 * from free text.
 *
 * @example
 * import { hsDescription, suggestHsCodes } from 'cuohe/descriptions';
 * hsDescription('850440');
 * suggestHsCodes('lithium battery', { limit: 3, level: 6 });
 * @packageDocumentation
 */
import Fuse from 'fuse.js';
import { HS_DESCRIPTIONS } from './generated/hs-descriptions.generated.js';
import { ISIC_DESCRIPTIONS } from './generated/isic-descriptions.generated.js';
import { HS_TO_ISIC_DIVISION } from './generated/hs-isic.generated.js';
import { ValidationError } from '../model/validation-error.js';

const own = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/**
 * English description of an HS code (section numeral, 2, 4 or 6 digits).
 * @example
 * hsDescription('850440'); // 'Electrical static converters'
 */
export function hsDescription(code: string): string | undefined {
  return own(HS_DESCRIPTIONS, code);
}

/**
 * English title of an ISIC Rev.4 code (section letter, 2, 3 or 4 digits).
 * @example
 * isicDescription('2610'); // 'Manufacture of electronic components and boards'
 */
export function isicDescription(code: string): string | undefined {
  return own(ISIC_DESCRIPTIONS, code);
}

/**
 * The ISIC Rev.4 division most of an HS subheading's goods are made in (derived; see data/README.md).
 * @example
 * hsToIsicDivision('847130'); // '26'
 */
export function hsToIsicDivision(hs6: string): string | undefined {
  return own(HS_TO_ISIC_DIVISION, hs6);
}

/**
 * One suggested HS code.
 * @example
 * const [best]: HsSuggestion[] = suggestHsCodes('roasted coffee');
 */
export interface HsSuggestion {
  code: string;
  description: string;
  /** Match quality in [0, 1], higher is better. */
  score: number;
}

let index: Fuse<{ code: string; description: string }> | undefined;

/**
 * HS codes whose descriptions match `text` (English), best first — for a registration form
 * that asks "what do you make?".
 * @example
 * suggestHsCodes('ceramic tiles', { limit: 5, level: 6 }).map((s) => s.code);
 * @throws {ValidationError} when `text` is not a non-empty string or options are bad.
 */
export function suggestHsCodes(text: string, options: { limit?: number; level?: 2 | 4 | 6 } = {}): HsSuggestion[] {
  const limit = options.limit ?? 10;
  if (typeof text !== 'string' || !text.trim()) throw new ValidationError([{ path: ['text'], message: 'must be a non-empty string' }]);
  if (!Number.isInteger(limit) || limit < 1) throw new ValidationError([{ path: ['options', 'limit'], message: 'must be a positive whole number' }]);
  if (options.level !== undefined && ![2, 4, 6].includes(options.level)) throw new ValidationError([{ path: ['options', 'level'], message: 'must be 2, 4 or 6' }]);
  index ??= new Fuse(
    Object.entries(HS_DESCRIPTIONS)
      .filter(([code]) => /^\d+$/.test(code))
      .map(([code, description]) => ({ code, description })),
    { keys: ['description'], includeScore: true, ignoreLocation: true, threshold: 0.4, useExtendedSearch: true },
  );
  // Any of the words may match (extended search: "a | b"); codes matching more words score higher.
  const words = text.trim().toLowerCase().split(/[\s,;]+/).filter((w) => w.length > 1 && !/[|'!^=$]/.test(w));
  if (!words.length) return [];
  return index
    .search(words.join(' | '))
    .filter((hit) => options.level === undefined || hit.item.code.length === options.level)
    .slice(0, limit)
    .map((hit) => ({ code: hit.item.code, description: hit.item.description, score: 1 - (hit.score ?? 1) }));
}

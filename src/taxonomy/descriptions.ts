/**
 * `cuohe/descriptions`: the large tables kept out of the core — English and Chinese descriptions
 * of every HS 2022 code, English and Chinese titles of ISIC Rev.4 codes, the HS → ISIC division
 * correspondence, and HS code suggestion from free text in English or Chinese.
 *
 * @example
 * import { hsDescription, suggestHsCodes, hsConcepts, inferCodes, describeCode } from 'cuohe/descriptions';
 * hsDescription('850440');
 * hsDescription('850760', 'zh'); // '锂离子蓄电池'
 * isicDescription('3100', 'zh'); // '家具的制造'
 * suggestHsCodes('lithium battery', { limit: 3, level: 6 });
 * hsConcepts('锂电池'); // ['8507']
 * @packageDocumentation
 */

import { issue, ValidationError } from '../model/validation-error.js';
import { HS_DESCRIPTIONS } from './generated/hs-descriptions.generated.js';
import { HS_DESCRIPTIONS_ZH } from './generated/hs-descriptions-zh.generated.js';
import { HS_TO_ISIC_DIVISION } from './generated/hs-isic.generated.js';
import { ISIC_DESCRIPTIONS } from './generated/isic-descriptions.generated.js';
import { ISIC_DESCRIPTIONS_ZH } from './generated/isic-descriptions-zh.generated.js';

const own = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** Throws unless `locale` is one of the two languages the tables are in. */
function checkLocale(locale: unknown): asserts locale is 'en' | 'zh' {
  if (locale !== 'en' && locale !== 'zh')
    throw new ValidationError([issue(['locale'], 'invalid-value', "must be 'en' or 'zh'")]);
}

/**
 * Description of an HS 2022 code (section numeral, 2, 4 or 6 digits): English (UN Comtrade), or
 * simplified Chinese with `'zh'` (from the China Customs and Taiwan tariff names; see data/README.md).
 * `undefined` for an unknown code.
 * @example
 * hsDescription('850440'); // 'Electrical static converters'
 * hsDescription('850760', 'zh'); // '锂离子蓄电池'
 * @throws {ValidationError} when `locale` is not 'en' or 'zh'.
 */
export function hsDescription(code: string, locale: 'en' | 'zh' = 'en'): string | undefined {
  checkLocale(locale);
  if (typeof code !== 'string') return undefined;
  return own(locale === 'zh' ? HS_DESCRIPTIONS_ZH : HS_DESCRIPTIONS, code);
}

/**
 * Title of an ISIC Rev.4 code (section letter, 2, 3 or 4 digits): English (UNSD), or simplified
 * Chinese with `'zh'`. Every code has a Chinese title: most are the source's own title of that
 * category; where the source has none for a Rev.4 category, the title of its nearest group,
 * division or section is used (3100 → 家具的制造, the title of group 310; see data/README.md).
 * `undefined` for an unknown code.
 * @example
 * isicDescription('2610'); // 'Manufacture of electronic components and boards'
 * isicDescription('2610', 'zh'); // '电子元件和电子板的生产'
 * @throws {ValidationError} when `locale` is not 'en' or 'zh'.
 */
export function isicDescription(code: string, locale: 'en' | 'zh' = 'en'): string | undefined {
  checkLocale(locale);
  if (typeof code !== 'string') return undefined;
  return own(locale === 'zh' ? ISIC_DESCRIPTIONS_ZH : ISIC_DESCRIPTIONS, code);
}

/**
 * The ISIC Rev.4 division most of an HS subheading's goods are made in (derived; see data/README.md).
 * @example
 * hsToIsicDivision('847130'); // '26'
 */
export function hsToIsicDivision(hs6: string): string | undefined {
  return own(HS_TO_ISIC_DIVISION, hs6);
}

export { type InferCodesOptions, inferCodes } from './infer-codes.js';
export { hsConcepts } from './suggest/concepts.js';
export { type HsSuggestion, type SuggestOptions, suggestHsCodes } from './suggest/suggest.js';

/**
 * Names codes for explanations, in the engine's locale: pass it as `describeCode` to
 * `createEngine`. HS descriptions and ISIC titles, in English or Chinese.
 * @example
 * import { describeCode, hsConcepts } from 'cuohe/descriptions';
 * createEngine(suppliers, { locale: 'zh', describeCode, keywordConcepts: hsConcepts });
 * describeCode('isic', '3100', 'zh'); // '家具的制造'
 * @throws {ValidationError} when `scheme` is not 'hs' or 'isic', or `locale` is not 'en' or 'zh'.
 */
export function describeCode(scheme: 'hs' | 'isic', code: string, locale: 'en' | 'zh' = 'en'): string | undefined {
  if (scheme !== 'hs' && scheme !== 'isic')
    throw new ValidationError([issue(['scheme'], 'invalid-value', "must be 'hs' or 'isic'")]);
  return scheme === 'hs' ? hsDescription(code, locale) : isicDescription(code, locale);
}

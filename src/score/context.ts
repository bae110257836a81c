import type { IndustryLevel } from '../taxonomy/similarity.js';
import type { KeywordMatcher } from './components/text.js';
import type { Weights } from './weights.js';

/**
 * Language of the explanation lines.
 * @example
 * createEngine(suppliers, { locale: 'zh' });
 */
export type Locale = 'en' | 'zh';

/**
 * Looks up a display name for a code in the explanation's locale, e.g. `describeCode` from
 * `cuohe/descriptions` (English and Chinese HS names).
 * @example
 * const describeCode: DescribeCode = (scheme, code) => (scheme === 'hs' ? hsDescription(code) : isicDescription(code));
 */
export type DescribeCode = (scheme: 'hs' | 'isic', code: string, locale?: Locale) => string | undefined;

/** What explanations need: weights by name, the reference date, locale, keyword matcher, code names. */
export interface ExplainContext {
  readonly weights: Weights;
  readonly asOf: Date;
  readonly locale: Locale;
  readonly keywords: KeywordMatcher;
  readonly describeCode: DescribeCode | undefined;
  /** The engine's industry gate level, for "at least … is needed" lines. */
  readonly minIndustryLevel: IndustryLevel;
}

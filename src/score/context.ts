import type { Weights } from './weights.js';
import type { KeywordMatcher } from './components/text.js';
import type { KernelContext } from './kernel/score-pair.js';

export type Locale = 'en' | 'zh';

/** Looks up a display name for a code, e.g. from `cuohe/descriptions`. */
export type DescribeCode = (scheme: 'hs' | 'isic', code: string) => string | undefined;

/** What explanations need besides the kernel: weights by name, locale, keyword matcher, names. */
export interface ExplainContext {
  readonly weights: Weights;
  readonly asOf: Date;
  readonly locale: Locale;
  readonly keywords: KeywordMatcher;
  readonly describeCode: DescribeCode | undefined;
  readonly kernel: KernelContext;
}

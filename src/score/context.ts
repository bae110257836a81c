import type { Weights } from './weights.js';
import type { RegionCache } from './region.js';
import type { KeywordMatcher } from './text.js';
import type { PreparedBuyer } from './prepared.js';

export type Locale = 'en' | 'zh';

/** Looks up a display name for a code, e.g. from `cuohe/descriptions`. */
export type DescribeCode = (scheme: 'hs' | 'isic', code: string) => string | undefined;

/** Everything the scoring kernel needs besides the pair: built once per engine. */
export interface ScoringContext {
  readonly weights: Weights;
  readonly asOf: Date;
  readonly locale: Locale;
  readonly requireIndustryOverlap: boolean;
  readonly region: RegionCache;
  readonly keywords: KeywordMatcher;
  /** Row-major, L2-normalised supplier capability vectors (zero rows where a supplier has none). */
  readonly capabilities: { readonly matrix: Float32Array; readonly dim: number; readonly present: Uint8Array } | undefined;
  readonly describeCode: DescribeCode | undefined;
}

/** A prepared buyer plus its normalised capability vector. */
export interface QueryBuyer extends PreparedBuyer {
  readonly vector: Float32Array | undefined;
}

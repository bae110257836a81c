/** Engine and ranking options, with their validation. */

/**
 * Concepts a keyword stands for (e.g. HS headings): keywords sharing one match across languages.
 * @example
 * const concepts: KeywordConcepts = (keyword) =>
 *   keyword === '锂电池' || keyword === 'lithium battery' ? ['8507'] : [];
 */
import { isCalendarDate } from '../model/calendar-date.js';
import { unknownKeyIssues } from '../model/suggest-field.js';
import type { ComponentName } from '../model/types.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import type { DescribeCode, Locale } from '../score/context.js';
import { resolveWeights, type Weights } from '../score/weights.js';
import { INDUSTRY_LEVELS, type IndustryLevel } from '../taxonomy/similarity.js';

/**
 * Concepts a keyword stands for (e.g. HS headings): keywords sharing one match across languages.
 * @example
 * const concepts: KeywordConcepts = (keyword) =>
 *   keyword === '锂电池' || keyword === 'lithium battery' ? ['8507'] : [];
 */
export type KeywordConcepts = (keyword: string) => readonly string[];

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Options of `createEngine`.
 * @example
 * createEngine(suppliers, { asOf: '2026-11-22', locale: 'zh', weights: { region: 0.2 } });
 */
export interface EngineOptions {
  /** Component weights; missing ones keep their defaults (see `DEFAULT_WEIGHTS`). */
  weights?: Partial<Record<ComponentName, number>>;
  /**
   * Reference date for deadlines (ISO date or Date). Defaults to the day the engine is
   * built; pass it explicitly for reproducible results.
   */
  asOf?: string | Date;
  /** Language of the explanation lines. Default `'en'`. */
  locale?: Locale;
  /**
   * Exclude pairs with no product or activity overlap at all (`industry-mismatch`).
   * Default true: a buyer looking for transformers has no use for a tea exporter, however
   * close. Only applies while industry has a weight above 0.
   */
  requireIndustryOverlap?: boolean;
  /**
   * How close the industry evidence must be for a pair to be eligible (with
   * `requireIndustryOverlap`): the best wanted → offered code match must reach this level.
   * `'chapter'` (default) also admits same-chapter suppliers; `'heading'` only same-heading
   * ones, declared headings and HS ⇄ ISIC bridge matches; `'exact'` only the product itself;
   * `'section'` also pairs that share no more than an HS (or ISIC) section.
   */
  minIndustryLevel?: IndustryLevel;
  /**
   * Concepts a keyword stands for, to match keywords across languages (锂电池 ↔ lithium battery):
   * two keywords sharing a concept match even when their words differ. Pass `hsConcepts` from
   * `cuohe/descriptions` (HS headings); any function from a keyword to concept ids works.
   */
  keywordConcepts?: KeywordConcepts;
  /** Names for codes in explanations, e.g. `describeCode` from `cuohe/descriptions`. */
  describeCode?: DescribeCode;
}

/**
 * Options of `rank`, `rankAll`, `rankBuyers` and `rankAllSuppliers`.
 * @example
 * engine.rank(buyer, { limit: 10, minScore: 0.5, maxPerCountry: 3, maxPerGroup: 1 });
 */
export interface RankOptions {
  /** At most this many matches (a positive integer). Default: all eligible. */
  limit?: number;
  /** Only matches scoring at least this much (0–1). Default 0. */
  minScore?: number;
  /** Diversity: at most this many matches from one country (applied before `limit`). */
  maxPerCountry?: number;
  /**
   * Diversity: at most this many matches of one `group` (suppliers' groups in `rank`, buyers'
   * in `rankBuyers`; profiles without a group are not capped), applied before `limit`.
   */
  maxPerGroup?: number;
  /** Called as `(done, total)` while `rankAll` works through the buyers (`rankAllSuppliers`: the suppliers). */
  onProgress?: (done: number, total: number) => void;
}

export interface ResolvedEngineOptions {
  weights: Weights;
  asOf: Date;
  locale: Locale;
  requireIndustryOverlap: boolean;
  minIndustryLevel: IndustryLevel;
  keywordConcepts: KeywordConcepts | undefined;
  describeCode: DescribeCode | undefined;
}

export function resolveEngineOptions(options: unknown): ResolvedEngineOptions {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ValidationError([issue(['options'], 'wrong-type', { expected: 'an object' })]);
  }
  const o = options as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  let weights: Weights | undefined;
  try {
    weights = resolveWeights(o.weights, ['options', 'weights']);
  } catch (error) {
    if (error instanceof ValidationError) issues.push(...error.issues);
    else throw error;
  }
  const asOf = resolveDate(o.asOf, issues);
  if (o.locale !== undefined && o.locale !== 'en' && o.locale !== 'zh')
    issues.push(issue(['options', 'locale'], 'invalid-value', "must be 'en' or 'zh'"));
  if (o.requireIndustryOverlap !== undefined && typeof o.requireIndustryOverlap !== 'boolean') {
    issues.push(issue(['options', 'requireIndustryOverlap'], 'wrong-type', { expected: 'true or false' }));
  }
  if (o.minIndustryLevel !== undefined && !(INDUSTRY_LEVELS as readonly unknown[]).includes(o.minIndustryLevel)) {
    issues.push(
      issue(
        ['options', 'minIndustryLevel'],
        'invalid-value',
        `must be one of ${INDUSTRY_LEVELS.map((l) => `'${l}'`).join(', ')}`,
      ),
    );
  }
  if (o.describeCode !== undefined && typeof o.describeCode !== 'function')
    issues.push(issue(['options', 'describeCode'], 'wrong-type', { expected: 'a function' }));
  if (o.keywordConcepts !== undefined && typeof o.keywordConcepts !== 'function')
    issues.push(issue(['options', 'keywordConcepts'], 'wrong-type', { expected: 'a function' }));
  const resolved = {
    weights: weights!,
    asOf,
    locale: (o.locale as Locale | undefined) ?? 'en',
    requireIndustryOverlap: (o.requireIndustryOverlap as boolean | undefined) ?? true,
    minIndustryLevel: (o.minIndustryLevel as IndustryLevel | undefined) ?? 'chapter',
    keywordConcepts: o.keywordConcepts as KeywordConcepts | undefined,
    describeCode: o.describeCode as DescribeCode | undefined,
  };
  // A misspelt option is an error, not silently the default (each option resolves to a key of its own name).
  issues.push(...unknownKeyIssues(o, Object.keys(resolved), ['options']));
  if (issues.length || !weights) throw new ValidationError(issues, 'invalid engine options');
  return resolved;
}

function resolveDate(value: unknown, issues: ValidationIssue[]): Date {
  if (value === undefined) {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }
  // A date is a calendar day (UTC midnight, whatever the machine's zone); an impossible one
  // (2026-02-31) is an error, not a roll-over into March.
  const date =
    typeof value === 'string' && isCalendarDate(value.slice(0, 10)) && (value.length === 10 || INSTANT.test(value))
      ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
      : value;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    issues.push(issue(['options', 'asOf'], 'wrong-type', 'must be an ISO 8601 date (YYYY-MM-DD) or a valid Date'));
    return new Date(0);
  }
  return date;
}

export interface ResolvedRankOptions {
  limit: number;
  minScore: number;
  maxPerCountry: number;
  maxPerGroup: number;
  onProgress: ((done: number, total: number) => void) | undefined;
}

/**
 * Checks and completes rank options. `named` renames options in the issues, for callers that
 * take them under other names (`meetingCandidates`: `perBuyer` → `limit`).
 */
export function resolveRankOptions(options: unknown, named: Record<string, string> = {}): ResolvedRankOptions {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ValidationError([issue(['opts'], 'wrong-type', { expected: 'an object' })]);
  }
  const o = options as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const positiveInt = (name: string): number => {
    const v = o[name];
    if (v === undefined) return Infinity;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      issues.push(issue(['opts', named[name] ?? name], 'out-of-range', { min: 1, whole: true }));
      return Infinity;
    }
    return v;
  };
  const limit = positiveInt('limit');
  const maxPerCountry = positiveInt('maxPerCountry');
  const maxPerGroup = positiveInt('maxPerGroup');
  let minScore = 0;
  if (o.minScore !== undefined) {
    if (typeof o.minScore !== 'number' || !(o.minScore >= 0 && o.minScore <= 1))
      issues.push(issue(['opts', 'minScore'], 'out-of-range', { min: 0, max: 1 }));
    else minScore = o.minScore;
  }
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function')
    issues.push(issue(['opts', 'onProgress'], 'wrong-type', { expected: 'a function' }));
  const resolved = {
    limit,
    minScore,
    maxPerCountry,
    maxPerGroup,
    onProgress: o.onProgress as ResolvedRankOptions['onProgress'],
  };
  issues.push(...unknownKeyIssues(o, Object.keys(resolved), ['opts']));
  if (issues.length) throw new ValidationError(issues, 'invalid rank options');
  return resolved;
}

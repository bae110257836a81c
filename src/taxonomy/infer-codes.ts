/**
 * Profiles from words: fills the HS codes a profile lacks from its `description` and
 * `keywords` with the suggester, before parsing. The codes go into `inferredProducts` (a
 * supplier) or `inferredWants` (a buyer) with the words they came from, so the engine weighs
 * them below declared codes and explanations say "HS 8507 inferred from '锂电池储能系统'".
 */

import type { InferredCode } from '../model/types.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import { suggestHsCodes } from './suggest/suggest.js';

/**
 * Options of `inferCodes`.
 * @example
 * inferCodes(rows, { side: 'supplier', maxCodes: 3, minScore: 0.5 });
 */
export interface InferCodesOptions {
  /** Which kind of rows: suppliers get `inferredProducts`, buyers `inferredWants`. */
  side: 'supplier' | 'buyer';
  /** Most codes inferred per profile (default 3). */
  maxCodes?: number;
  /** Least suggestion score (0–1) a code needs (default 0.5). */
  minScore?: number;
  /** Infer also for profiles that declare codes (default false: only profiles without any). */
  always?: boolean;
  /** Digits of the inferred codes: 4 (headings, default: safer) or 6 (subheadings). */
  level?: 4 | 6;
}

/** Defaults of the options: a few heading-level codes the suggester is fairly sure of. */
const DEFAULTS = { maxCodes: 3, minScore: 0.5, level: 4 } as const;
/** Most codes a caller may ask for per profile: more would drown the declared evidence. */
const MAX_CODES = 20;
/** Characters of a description read: the product is named early; the suggester's cost grows with length. */
const MAX_TEXT = 1_000;
/** Characters of the source words kept with an inferred code (explanations quote them). */
const MAX_FROM = 200;

const DECLARED: Record<InferCodesOptions['side'], readonly string[]> = {
  supplier: ['products', 'activities'],
  buyer: ['wants'],
};

/**
 * Returns copies of `rows` with codes inferred where missing; rows are never mutated. Rows that
 * are not records, and rows without usable words, are returned as they are (the parser then
 * reports what is wrong with them).
 * @throws {ValidationError} for bad options.
 * @example
 * import { inferCodes } from 'cuohe/descriptions';
 * const suppliers = parseSuppliers(inferCodes(rows, { side: 'supplier' }));
 * // { id: 'S9', name: '宁波储能科技', country: 'CN', description: '锂电池储能系统' }
 * //   → inferredProducts: [{ code: '8507', from: '锂电池储能系统' }]
 */
export function inferCodes<T>(rows: readonly T[], options: InferCodesOptions): T[] {
  const o = resolve(options);
  if (!Array.isArray(rows)) throw new ValidationError([issue([], 'wrong-type', 'expected an array of rows')]);
  const field = o.side === 'supplier' ? 'inferredProducts' : 'inferredWants';
  return rows.map((row) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) return row;
    const record = row as Record<string, unknown>;
    const declares = DECLARED[o.side].some((f) => hasCodes(record[f]));
    if ((declares && !o.always) || hasCodes(record[field])) return row;
    const inferred = inferFromWords(record, o);
    return inferred.length ? ({ ...record, [field]: inferred } as T) : row;
  });
}

function hasCodes(value: unknown): boolean {
  return (Array.isArray(value) && value.length > 0) || (typeof value === 'string' && value.trim() !== '');
}

/** Codes from the description and each keyword: a source's best suggestions above `minScore`, best first. */
function inferFromWords(record: Record<string, unknown>, o: Required<InferCodesOptions>): InferredCode[] {
  const sources: string[] = [];
  if (typeof record.description === 'string' && record.description.trim()) sources.push(record.description.trim());
  if (Array.isArray(record.keywords))
    for (const k of record.keywords) if (typeof k === 'string' && k.trim()) sources.push(k.trim());
  const best = new Map<string, { score: number; from: string }>();
  for (const text of sources) {
    for (const s of suggestHsCodes(text.slice(0, MAX_TEXT), { limit: o.maxCodes, level: o.level })) {
      if (s.score < o.minScore) continue;
      const seen = best.get(s.code);
      if (!seen || s.score > seen.score) best.set(s.code, { score: s.score, from: text });
    }
  }
  return [...best]
    .sort(([a, x], [b, y]) => y.score - x.score || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, o.maxCodes)
    .map(([code, { from }]) => ({ code, from: from.length > MAX_FROM ? `${from.slice(0, MAX_FROM - 1)}…` : from }));
}

function resolve(options: InferCodesOptions): Required<InferCodesOptions> {
  const o = (options ?? {}) as Partial<Record<keyof InferCodesOptions, unknown>>;
  const issues: ValidationIssue[] = [];
  if (o.side !== 'supplier' && o.side !== 'buyer')
    issues.push(issue(['options', 'side'], 'invalid-value', "must be 'supplier' or 'buyer'"));
  const maxCodes = o.maxCodes ?? DEFAULTS.maxCodes;
  if (typeof maxCodes !== 'number' || !Number.isInteger(maxCodes) || maxCodes < 1 || maxCodes > MAX_CODES)
    issues.push(issue(['options', 'maxCodes'], 'out-of-range', { min: 1, max: MAX_CODES, whole: true }));
  const minScore = o.minScore ?? DEFAULTS.minScore;
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1))
    issues.push(issue(['options', 'minScore'], 'out-of-range', 'must be a number from 0 to 1'));
  const level = o.level ?? DEFAULTS.level;
  if (level !== 4 && level !== 6) issues.push(issue(['options', 'level'], 'invalid-value', 'must be 4 or 6'));
  if (o.always !== undefined && typeof o.always !== 'boolean')
    issues.push(issue(['options', 'always'], 'wrong-type', { expected: 'true or false' }));
  for (const key of Object.keys(o))
    if (!['side', 'maxCodes', 'minScore', 'always', 'level'].includes(key))
      issues.push(issue(['options', key], 'unknown-key', 'is not an option of inferCodes'));
  if (issues.length) throw new ValidationError(issues, 'invalid inferCodes options');
  return {
    side: o.side as InferCodesOptions['side'],
    maxCodes: maxCodes as number,
    minScore: minScore as number,
    always: (o.always as boolean | undefined) ?? false,
    level: level as 4 | 6,
  };
}

/**
 * The profiles cuohe matches, after `parseSuppliers` / `parseBuyers` have validated and
 * normalised them: country codes upper-case ISO 3166-1 alpha-2, HS codes as 2/4/6-digit
 * strings, lists trimmed and de-duplicated, certificates in canonical form.
 */

import type { IssueRule } from './issue-rules.js';

/**
 * The SME quality ladder (梯度培育), lowest to highest.
 * @example
 * TIERS.indexOf('little-giant') > TIERS.indexOf('srdi'); // true
 */
export const TIERS = ['innovative', 'srdi', 'little-giant', 'single-champion'] as const;
/**
 * A supplier's certified tier: innovative SME → SRDI (专精特新) → little giant (小巨人) →
 * single champion (单项冠军).
 * @example
 * const tier: Tier = 'little-giant';
 */
export type Tier = (typeof TIERS)[number];

/**
 * The scoring components, in the order explanations and weights use.
 * @example
 * for (const c of COMPONENTS) console.log(c, match.components[c]);
 */
export const COMPONENTS = ['industry', 'region', 'capability', 'text', 'credentials', 'capacity', 'timing'] as const;
/**
 * The name of one scoring component.
 * @example
 * const weights: Partial<Record<ComponentName, number>> = { industry: 0.5, region: 0.2 };
 */
export type ComponentName = (typeof COMPONENTS)[number];

/**
 * Conditions a buyer may mark as hard (infeasible pairs are excluded, not just scored low).
 * @example
 * parseBuyers([{ id: 'B1', name: 'A', country: 'DE', wants: ['8504'], volume: 500, hard: ['moq'] }]);
 */
export const HARD_CONDITIONS = ['moq', 'capacity', 'deadline'] as const;
/**
 * One of {@link HARD_CONDITIONS}.
 * @example
 * const hard: HardCondition[] = ['deadline'];
 */
export type HardCondition = (typeof HARD_CONDITIONS)[number];

/**
 * An HS code filled in from a profile's words rather than declared: the engine weighs it
 * below a declared code, and explanations name the words it came from.
 * @example
 * const inferred: InferredCode = { code: '8507', from: '锂电池储能系统' };
 */
export interface InferredCode {
  /** HS code (2, 4 or 6 digits). */
  code: string;
  /** The description or keyword it was inferred from. */
  from: string;
}

/**
 * A supplier (exhibitor, SME) profile, as returned by `parseSuppliers`.
 * @example
 * const s: Supplier = {
 *   id: 'S1', name: 'Dongguan Power', country: 'CN', products: ['850440'], tier: 'srdi', certifications: ['ISO9001'],
 * };
 */
export interface Supplier {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** HS codes (2, 4 or 6 digits) of the products offered. */
  products: string[];
  /** HS codes inferred from `description` and `keywords` (see `inferCodes` in `cuohe/descriptions`). */
  inferredProducts?: InferredCode[];
  /** ISIC Rev.4 codes (2-4 digits) of the activities. */
  activities?: string[];
  /** What the firm makes, in its own words (any language). */
  description?: string;
  /** Capability vector; every supplier of one engine has the same dimension. */
  capabilities?: number[];
  keywords?: string[];
  /** Canonical certificate names (e.g. `ISO9001`, `CE`). */
  certifications?: string[];
  tier?: Tier;
  /** Number of granted patents. */
  patents?: number;
  /** ISO 639-1 codes. Defaults to the country's languages when matching. */
  languages?: string[];
  /** Countries (alpha-2) the supplier already exports to. */
  exportMarkets?: string[];
  /** Countries, M49 regions or blocs the supplier wants to sell to. */
  targetMarkets?: string[];
  /** Units the supplier can deliver for one order. */
  capacity?: number;
  /** Minimum order quantity, in the same units. */
  moq?: number;
  /** Days from order to delivery. */
  leadTimeDays?: number;
  /** IANA time zone. Defaults to the country's main zone. */
  timezone?: string;
  /**
   * Any grouping a hall needs to spread: the company or parent group, the province, the
   * pavilion. Rankings with `maxPerGroup` keep at most that many suppliers of one group.
   */
  group?: string;
}

/**
 * Countries, UN M49 regions (3-digit codes) or trade blocs (e.g. `RCEP`, `EU`).
 * @example
 * const origins: OriginRule = { include: ['RCEP', '142'], exclude: ['KP'] };
 */
export interface OriginRule {
  /** Preferred origins: suppliers from here score higher on region. */
  include?: string[];
  /** Excluded origins: a hard constraint. */
  exclude?: string[];
}

/**
 * A buyer (purchaser, large firm, sourcing platform) request, as returned by `parseBuyers`.
 * @example
 * const b: Buyer = {
 *   id: 'B1', name: 'Berlin Energy', country: 'DE', wants: ['850440'], requiredCertifications: ['CE'], volume: 5000,
 * };
 */
export interface Buyer {
  id: string;
  name: string;
  country: string;
  /** HS codes (2, 4 or 6 digits) wanted; at least one, unless `inferredWants` has some. */
  wants: string[];
  /** HS codes inferred from `description` and `keywords` (see `inferCodes` in `cuohe/descriptions`). */
  inferredWants?: InferredCode[];
  activities?: string[];
  /** What the buyer wants, in its own words (any language). */
  description?: string;
  capabilities?: number[];
  keywords?: string[];
  /** Certificates every supplier must hold (hard constraint). */
  requiredCertifications?: string[];
  /** Certificates that score. */
  preferredCertifications?: string[];
  /** Lowest acceptable tier (hard constraint). */
  minTier?: Tier;
  origins?: OriginRule;
  /** Units wanted in one order. */
  volume?: number;
  /** Latest delivery date, ISO 8601 date (YYYY-MM-DD). */
  deadline?: string;
  languages?: string[];
  timezone?: string;
  /** Conditions that exclude a pair when infeasible instead of scoring it low. */
  hard?: HardCondition[];
  /**
   * A grouping (parent company, delegation, province): `rankBuyers` with `maxPerGroup` keeps at
   * most that many buyers of one group.
   */
  group?: string;
}

/**
 * Per-component scores of one pair: a number in [0, 1], or null when unknown.
 * @example
 * const known = Object.entries(match.components).filter(([, v]) => v !== null);
 */
export type ComponentScores = Record<ComponentName, number | null>;

/**
 * One scored buyer-supplier pair, with its breakdown and explanation.
 * @example
 * const m: Match = engine.score(buyer, 'S1');
 * if (m.excluded.length) console.log('excluded:', m.excluded); else console.log(m.score, m.reasons);
 */
export interface Match {
  buyerId: string;
  supplierId: string;
  /** Weighted mean of the known components, in [0, 1]. */
  score: number;
  components: ComponentScores;
  /** Reason codes of violated hard constraints; empty when the pair is eligible. */
  excluded: string[];
  /** Human-readable explanation lines. */
  reasons: string[];
  /**
   * Both sides of the pair: the supplier's own interest in this buyer (target markets, order
   * size, export experience, product fit) and the harmonic mean of the two sides. `rankBuyers`
   * and meeting candidates order by `mutual.score`.
   */
  mutual: { supplierSide: number; score: number };
}

/**
 * What kind of problem a validation issue is. Programs match on the code, never on message text.
 *
 * - `required`: a needed value is missing or blank
 * - `wrong-type`: a value of the wrong kind (text where a list is needed, not an object, …)
 * - `not-a-number`: a value or cell that is not a finite number
 * - `out-of-range`: a number outside its allowed range, or not whole where it must be
 * - `invalid-value`: a value that is not one of the allowed ones or not in the expected form
 *   (an HS code, an e-mail address, a date, a time zone, …)
 * - `unknown-key`: a field, option or column that is not known (often a typo)
 * - `unknown-id`: an id that refers to no known record
 * - `duplicate-id`: an id (or a pair of ids) used more than once
 * - `conflict`: values that contradict each other (dimensions, overlapping slots, …)
 * - `too-many`: more records, items or characters than allowed
 * - `unreadable`: input that cannot be read at all (a file, JSON, an encoding, a throwing getter)
 * @example
 * if (error instanceof ValidationError && error.issues.some((i) => i.code === 'unknown-key')) fixColumns();
 */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * Every {@link IssueCode}.
 * @example
 * ISSUE_CODES.includes('required'); // true
 */
export const ISSUE_CODES = [
  'required',
  'wrong-type',
  'not-a-number',
  'out-of-range',
  'invalid-value',
  'unknown-key',
  'unknown-id',
  'duplicate-id',
  'conflict',
  'too-many',
  'unreadable',
] as const;

/**
 * The languages issue messages exist in.
 * @example
 * const locale: IssueLocale = 'zh';
 */
export type IssueLocale = 'en' | 'zh';

/**
 * The values an issue's message is made from; every field is optional.
 * @example
 * const params: IssueParams = { key: 'limt', suggestion: 'limit', what: 'option' };
 */
export interface IssueParams {
  /** The offending value, as shown to a person. */
  value?: string | number;
  /** What was expected, in English ("text", "an HS code", …); translated when known. */
  expected?: string;
  /** The unknown key, its nearest known key, and the known keys. */
  key?: string;
  suggestion?: string;
  known?: readonly string[];
  /** What the key or id names ("option", "column", "buyer", …). */
  what?: string;
  /** The allowed range; `whole` when the number must be a whole number. */
  min?: number;
  max?: number;
  whole?: boolean;
  /** The repeated or unknown id, and where it was first used. */
  id?: string;
  first?: string | number;
  /** The English specifics of an issue too particular for the other params. */
  detail?: string;
  /** A rule with its own sentence in English and Chinese (see `ISSUE_RULES`), made from the other params. */
  rule?: IssueRule;
  /** The field a sentence names ("capacity must be a number"). */
  field?: string;
  /** Unknown keys of one object, each with its nearest known key. */
  keys?: readonly { key: string; suggestion?: string }[];
}

/**
 * One problem found in the input: where (record index, then field), what kind of problem
 * (`code`, for programs) and what to tell a person (`message`, English; {@link issueMessage}
 * renders it in Chinese too).
 * @example
 * const issue: ValidationIssue = {
 *   path: [12, 'products', 0], code: 'invalid-value', message: '"8504x" is not an HS code', id: 'S13',
 * };
 */
export interface ValidationIssue {
  path: (string | number)[];
  /** What kind of problem: match on this, not on the message text. */
  code: IssueCode;
  /** The English text (see {@link issueMessage} for Chinese). */
  message: string;
  /** The values the message is made from (the offending value, the range, the unknown key, …). */
  params?: IssueParams;
  /** The record's id, when it has a readable one. */
  id?: string;
}

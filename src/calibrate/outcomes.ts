/**
 * What happened after the meetings: one record per judged buyer–supplier pair, with a grade
 * (a number ≥ 0, higher is better) or a named outcome that stands for a default grade.
 */

import { suggestField } from '../model/suggest-field.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import type { Locale } from '../score/context.js';
import { calibrationMessages } from './messages.js';

/**
 * Named outcomes, from worst to best.
 * @example
 * OUTCOME_LABELS.includes('deal'); // true
 */
export const OUTCOME_LABELS = ['declined', 'no-show', 'met', 'follow-up', 'sample', 'deal'] as const;

/**
 * A named outcome: declined or did not come (0), met without a next step (1), agreed a
 * follow-up (2), a sample order (3), a deal (4).
 * @example
 * const outcome: OutcomeLabel = 'follow-up';
 */
export type OutcomeLabel = (typeof OUTCOME_LABELS)[number];

/**
 * The grade of each named outcome unless `grades` overrides it. A declined meeting and a
 * no-show both say the pair was not worth it (0); a meeting that happened is weak evidence
 * (1); each further step doubles down.
 * @example
 * parseOutcomes(rows, { grades: { ...DEFAULT_GRADES, met: 0 } });
 */
export const DEFAULT_GRADES: Readonly<Record<OutcomeLabel, number>> = Object.freeze({
  declined: 0,
  'no-show': 0,
  met: 1,
  'follow-up': 2,
  sample: 3,
  deal: 4,
});

/** Other spellings organisers type (case, spaces, underscores, Chinese). */
const ALIASES: Record<string, OutcomeLabel> = {
  decline: 'declined',
  rejected: 'declined',
  noshow: 'no-show',
  absent: 'no-show',
  meeting: 'met',
  followup: 'follow-up',
  samples: 'sample',
  'sample-order': 'sample',
  order: 'deal',
  won: 'deal',
  拒绝: 'declined',
  已拒绝: 'declined',
  谢绝: 'declined',
  未到场: 'no-show',
  缺席: 'no-show',
  爽约: 'no-show',
  见面: 'met',
  已见面: 'met',
  已洽谈: 'met',
  洽谈: 'met',
  跟进: 'follow-up',
  后续跟进: 'follow-up',
  样品: 'sample',
  寄样: 'sample',
  样品订单: 'sample',
  成交: 'deal',
  签约: 'deal',
  订单: 'deal',
};

/**
 * One judged pair, validated: `outcome` as given (a label or a number) and the `grade` it
 * stands for.
 * @example
 * const o: Outcome = { buyerId: 'B1', supplierId: 'S7', outcome: 'deal', grade: 4 };
 */
export interface Outcome {
  readonly buyerId: string;
  readonly supplierId: string;
  readonly outcome: OutcomeLabel | number;
  readonly grade: number;
}

/**
 * Options of `parseOutcomes`.
 * @example
 * const options: ParseOutcomesOptions = { suppliers, buyers, grades: { met: 0.5 }, locale: 'zh' };
 */
export interface ParseOutcomesOptions {
  /** When given, every supplierId must be one of these (profiles or ids). */
  suppliers?: readonly ({ id: string } | string)[];
  /** When given, every buyerId must be one of these (profiles or ids). */
  buyers?: readonly ({ id: string } | string)[];
  /** Grades of the named outcomes; missing ones keep `DEFAULT_GRADES`. */
  grades?: Partial<Record<OutcomeLabel, number>>;
  /** Language of the messages. Default `'en'`. */
  locale?: Locale;
  /** How a message names another record (default `record 3`); file readers say `line 4`. */
  describeRecord?: (index: number) => string;
}

const FIELDS = ['buyerId', 'supplierId', 'outcome'] as const;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Resolves and checks `grades` overrides. */
function resolveGrades(grades: unknown, locale?: Locale): Record<OutcomeLabel, number> {
  const m = calibrationMessages(locale);
  const resolved: Record<OutcomeLabel, number> = { ...DEFAULT_GRADES };
  if (grades === undefined) return resolved;
  if (grades === null || typeof grades !== 'object' || Array.isArray(grades)) {
    throw new ValidationError([
      issue(['options', 'grades'], 'invalid-value', m.badOption('grades', `{ ${OUTCOME_LABELS.join(', ')} }`)),
    ]);
  }
  const issues: ValidationIssue[] = [];
  for (const [label, value] of Object.entries(grades)) {
    if (!(OUTCOME_LABELS as readonly string[]).includes(label))
      issues.push(issue(['options', 'grades', label], 'invalid-value', m.badOutcome(label, OUTCOME_LABELS.join(', '))));
    else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      issues.push(issue(['options', 'grades', label], 'out-of-range', m.badGrade));
    else resolved[label as OutcomeLabel] = value;
  }
  if (issues.length) throw new ValidationError(issues, 'invalid grades');
  return resolved;
}

/**
 * A named outcome from free text ('Follow up', 'NO_SHOW', '成交'), or undefined.
 * @example
 * outcomeLabel('Follow up'); // 'follow-up'
 * outcomeLabel('成交');      // 'deal'
 */
export function outcomeLabel(text: string): OutcomeLabel | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if ((OUTCOME_LABELS as readonly string[]).includes(key)) return key as OutcomeLabel;
  return ALIASES[key] ?? ALIASES[key.replace(/-/g, '')];
}

function idSet(list: unknown, name: string): Set<string> | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list))
    throw new ValidationError([issue(['options', name], 'wrong-type', 'must be a list of profiles or ids')]);
  return new Set(
    list
      .map((p: unknown) => (typeof p === 'string' ? p : (p as { id?: unknown } | null)?.id))
      .filter((id): id is string => typeof id === 'string'),
  );
}

/**
 * Validates outcome records (e.g. `JSON.parse`d, or rows from a spreadsheet): each needs a
 * `buyerId`, a `supplierId` and an `outcome` (a grade ≥ 0, a number in text, or a named
 * outcome, also in Chinese: 拒绝, 未到场, 已见面, 跟进, 样品, 成交). With `suppliers` and `buyers`
 * given, unknown ids are errors; a pair graded twice is an error. Returns frozen records in
 * input order; never mutates its input.
 * @throws {ValidationError} listing every bad record, with its index and field.
 * @example
 * const outcomes = parseOutcomes([{ buyerId: 'B1', supplierId: 'S7', outcome: 'deal' }], { suppliers, buyers });
 */
export function parseOutcomes(rows: unknown, options: ParseOutcomesOptions = {}): Outcome[] {
  if (options === null || typeof options !== 'object')
    throw new ValidationError([issue(['options'], 'wrong-type', { expected: 'an object' })]);
  const locale = options.locale === 'zh' ? 'zh' : 'en';
  const m = calibrationMessages(locale);
  if (!Array.isArray(rows)) throw new ValidationError([issue([], 'wrong-type', m.notAList)], m.invalidOutcomes(1));
  const grades = resolveGrades(options.grades, locale);
  const suppliers = idSet(options.suppliers, 'suppliers');
  const buyers = idSet(options.buyers, 'buyers');
  const describe = options.describeRecord ?? ((i: number) => `record ${i}`);
  const issues: ValidationIssue[] = [];
  const firstSeen = new Map<string, number>();
  const outcomes: Outcome[] = [];
  rows.forEach((row: unknown, index) => {
    const before = issues.length;
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      issues.push(issue([index], 'wrong-type', m.notAnObject));
      return;
    }
    const record = row as Record<string, unknown>;
    const text = (field: 'buyerId' | 'supplierId'): string | undefined => {
      const v = Object.hasOwn(record, field) ? record[field] : undefined;
      if (v === undefined || v === null || v === '') issues.push(issue([index, field], 'required', m.missing));
      else if (typeof v !== 'string' && typeof v !== 'number')
        issues.push(issue([index, field], 'wrong-type', m.notText));
      else return String(v).trim();
      return undefined;
    };
    const buyerId = text('buyerId');
    const supplierId = text('supplierId');
    const id = buyerId !== undefined && supplierId !== undefined ? `${buyerId}/${supplierId}` : undefined;
    const located = (issue: ValidationIssue): ValidationIssue => (id !== undefined ? { ...issue, id } : issue);
    if (buyerId !== undefined && buyers && !buyers.has(buyerId))
      issues.push(located(issue([index, 'buyerId'], 'unknown-id', m.unknownBuyer(buyerId))));
    if (supplierId !== undefined && suppliers && !suppliers.has(supplierId))
      issues.push(located(issue([index, 'supplierId'], 'unknown-id', m.unknownSupplier(supplierId))));
    for (const key of Object.keys(record)) {
      if ((FIELDS as readonly string[]).includes(key)) continue;
      const suggestion = suggestField(key, FIELDS);
      // Extra columns (notes, dates) are fine; a misspelt required field is not.
      if (suggestion) issues.push(located(issue([index, key], 'unknown-key', m.unknownField(key, suggestion))));
    }
    const raw = Object.hasOwn(record, 'outcome') ? record.outcome : undefined;
    let outcome: OutcomeLabel | number | undefined;
    let grade: number | undefined;
    if (raw === undefined || raw === null || raw === '')
      issues.push(located(issue([index, 'outcome'], 'required', m.missing)));
    else if (typeof raw === 'number' || (typeof raw === 'string' && NUMBER.test(raw.trim()))) {
      const n = Number(raw);
      if (!Number.isFinite(n) || n < 0) issues.push(located(issue([index, 'outcome'], 'out-of-range', m.badGrade)));
      else outcome = grade = n;
    } else if (typeof raw === 'string' && outcomeLabel(raw)) {
      outcome = outcomeLabel(raw)!;
      grade = grades[outcome];
    } else {
      issues.push(
        located(
          issue(
            [index, 'outcome'],
            'invalid-value',
            m.badOutcome(
              typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw)),
              OUTCOME_LABELS.join(', '),
            ),
          ),
        ),
      );
    }
    if (id !== undefined) {
      const first = firstSeen.get(id);
      if (first !== undefined)
        issues.push(located(issue([index], 'duplicate-id', m.duplicatePair(buyerId!, supplierId!, describe(first)))));
      else firstSeen.set(id, index);
    }
    if (issues.length === before)
      outcomes.push(Object.freeze({ buyerId: buyerId!, supplierId: supplierId!, outcome: outcome!, grade: grade! }));
  });
  if (issues.length) {
    const bad = new Set(issues.map((i) => i.path[0])).size;
    throw new ValidationError(issues, m.invalidOutcomes(bad));
  }
  return outcomes;
}

import { ISSUE_TEXT } from './issue-text.js';
import type { IssueCode, IssueLocale, IssueParams, ValidationIssue } from './types.js';

export { ISSUE_CODES, type IssueCode, type IssueLocale, type IssueParams, type ValidationIssue } from './types.js';

/**
 * Creates a validation issue: the one way every part of cuohe reports bad input. A string
 * as `params` is the English specifics (`{ detail }`); the message comes from the message
 * table of the code.
 * @example
 * issue(['options', 'threads'], 'out-of-range', { min: 1, max: 256, whole: true });
 * // { path: ['options', 'threads'], code: 'out-of-range', message: 'must be a whole number from 1 to 256', … }
 */
export function issue(path: (string | number)[], code: IssueCode, params: IssueParams | string = {}): ValidationIssue {
  const p = typeof params === 'string' ? { detail: params } : params;
  return { path, code, message: ISSUE_TEXT[code].en(p), params: p };
}

/**
 * An issue's text in English or Chinese, from the message table of its code and its params.
 * @example
 * issueMessage(issue(['price'], 'not-a-number', { value: 'abc' }), 'zh'); // '"abc" 不是数字'
 */
export function issueMessage(issue: ValidationIssue, locale: IssueLocale = 'en'): string {
  if (locale === 'en' || !ISSUE_TEXT[issue.code]) return issue.message;
  return ISSUE_TEXT[issue.code][locale](issue.params ?? { detail: issue.message });
}

/**
 * Thrown by every public function given bad input. `issues` lists every problem found,
 * each with a path naming the record and the field, e.g. `[12, 'products', 0]`, and a
 * machine-readable `code`. `message` is English; `format('zh')` is the same in Chinese.
 * @example
 * try {
 *   parseSuppliers(rows);
 * } catch (e) {
 *   if (e instanceof ValidationError) for (const i of e.issues) console.log(i.code, i.path, i.message);
 * }
 */
export class ValidationError extends Error {
  readonly issues: ValidationIssue[];
  readonly context: string | undefined;

  constructor(issues: ValidationIssue[], context?: string) {
    super(summary(issues, context, 'en'));
    this.name = 'ValidationError';
    this.issues = issues;
    this.context = context;
  }

  /** The message in English or Chinese: the context, then the first five issues. */
  format(locale: IssueLocale = 'en'): string {
    return summary(this.issues, this.context, locale);
  }
}

/** The contexts of the parsers in Chinese; other contexts keep their English words after 无效的. */
const CONTEXT_ZH: [RegExp, string][] = [
  [/^invalid supplier records$/, '无效的供应商记录'],
  [/^invalid buyer records$/, '无效的采购商记录'],
  [/^invalid (.+)$/, '无效的 $1'],
];

function summary(issues: ValidationIssue[], context: string | undefined, locale: IssueLocale): string {
  const shown = issues
    .slice(0, 5)
    .map((i) => formatIssue(i, locale))
    .join('; ');
  const rest = issues.length - 5;
  const more = rest > 0 ? (locale === 'zh' ? `（另有 ${rest} 项）` : ` (and ${rest} more)`) : '';
  const rule = locale === 'zh' && context ? CONTEXT_ZH.find(([from]) => from.test(context)) : undefined;
  const head = rule && context ? context.replace(rule[0], rule[1]) : context;
  return `${head ? `${head}: ` : ''}${shown}${more}`;
}

/**
 * One issue as a line of text: `[12, "products", 0] (id "S13"): "8504x" is not an HS code`.
 * @example
 * formatIssue(issue(['price'], 'not-a-number', { value: 'abc' })); // '["price"]: "abc" is not a number'
 */
function formatIssue(issue: ValidationIssue, locale: IssueLocale = 'en'): string {
  const path = issue.path.length ? `[${issue.path.map((p) => JSON.stringify(p)).join(', ')}]` : '[]';
  const id = issue.id !== undefined ? ` (id ${JSON.stringify(issue.id)})` : '';
  return `${path}${id}: ${issueMessage(issue, locale)}`;
}

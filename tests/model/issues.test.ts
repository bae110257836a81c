/** The error model: issue codes, the English / Chinese message table, and ValidationError in both languages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, type IssueParams, issueMessage, parseSuppliers, ValidationError } from '../../src/index.js';
import { ISSUE_TEXT } from '../../src/model/issue-text.js';
import { unknownKeyMessage } from '../../src/model/suggest-field.js';
import { issue } from '../../src/model/validation-error.js';
import { validationIssues } from '../validation-issues.js';

const CJK = /[\u4e00-\u9fff]/;

/** For each code, params as its call sites pass them: structured, and as English specifics. */
const SAMPLES: IssueParams[] = [
  {},
  { detail: 'must be a list of { buyerId, supplierId }' },
  { value: 'abc', expected: 'an HS code' },
  { min: 1, max: 256, whole: true },
  { min: 0 },
  { key: 'limt', suggestion: 'limit', what: 'option' },
  { key: 'x', known: ['a', 'b'], what: 'column' },
  { id: 'S1', first: 3, what: 'supplier' },
  { max: 100_000, what: 'records' },
];

describe('issue codes and messages', () => {
  it('every code has an English and a Chinese message, and the Chinese one is Chinese', () => {
    expect(new Set(Object.keys(ISSUE_TEXT))).toStrictEqual(new Set(ISSUE_CODES));
    for (const code of ISSUE_CODES) {
      for (const params of SAMPLES) {
        const en = ISSUE_TEXT[code].en(params);
        const zh = ISSUE_TEXT[code].zh(params);
        expect(en.length, `${code} en`).toBeGreaterThan(0);
        expect(zh, `${code} zh ${JSON.stringify(params)}`).toMatch(CJK);
        expect(en, `${code} en ${JSON.stringify(params)}`).not.toMatch(CJK);
      }
    }
  });

  it('property: any params give a message in both languages, without throwing (300 runs)', () => {
    const params = fc.record(
      {
        value: fc.oneof(fc.string(), fc.integer()),
        expected: fc.constantFrom('text', 'an object', 'a list', 'something else'),
        key: fc.string(),
        suggestion: fc.string(),
        known: fc.array(fc.string(), { maxLength: 4 }),
        what: fc.constantFrom('option', 'field', 'column', 'thing'),
        min: fc.integer(),
        max: fc.integer(),
        whole: fc.boolean(),
        id: fc.string(),
        first: fc.nat(),
        detail: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...ISSUE_CODES), params, (code, p) => {
        const made = issue(['x'], code, p);
        expect(made.code).toBe(code);
        expect(typeof made.message).toBe('string');
        expect(issueMessage(made, 'zh')).toMatch(CJK);
      }),
      { numRuns: 300 },
    );
  });

  it('structured params read the same in English as the sentences they replace', () => {
    expect(issue([], 'out-of-range', { min: 1, max: 256, whole: true }).message).toBe(
      'must be a whole number from 1 to 256',
    );
    expect(issue([], 'out-of-range', { min: 1, whole: true }).message).toBe('must be a positive whole number');
    expect(issue([], 'out-of-range', { min: 0 }).message).toBe('must be a finite number ≥ 0');
    expect(issue([], 'out-of-range', { min: 0, max: 1 }).message).toBe('must be a number between 0 and 1');
    expect(issue([], 'wrong-type', { expected: 'a function' }).message).toBe('must be a function');
    const known = ['limit', 'minScore'];
    expect(issue([], 'unknown-key', { key: 'limt', suggestion: 'limit', known, what: 'option' }).message).toBe(
      unknownKeyMessage('limt', known, 'option'),
    );
    expect(issue([], 'unknown-key', { key: 'zzz', known, what: 'option' }).message).toBe(
      unknownKeyMessage('zzz', known, 'option'),
    );
  });

  it('renders the Chinese message from the params', () => {
    expect(issueMessage(issue([], 'not-a-number', { value: 'abc' }), 'zh')).toBe('"abc" 不是数字');
    expect(issueMessage(issue([], 'out-of-range', { min: 1, max: 20, whole: true }), 'zh')).toBe(
      '必须是 1 至 20 之间的整数',
    );
    expect(issueMessage(issue([], 'unknown-key', { key: 'limt', suggestion: 'limit', what: 'option' }), 'zh')).toBe(
      '未知的选项 "limt"：是否想写 "limit"？',
    );
    // Specifics too particular for params stay in brackets after the Chinese sentence.
    expect(issueMessage(issue([], 'conflict', 'overlaps slot 0'), 'zh')).toBe('与其他值矛盾（overlaps slot 0）');
    expect(issueMessage(issue([], 'conflict', 'overlaps slot 0'), 'en')).toBe('overlaps slot 0');
  });

  it('ValidationError: message in English, format("zh") in Chinese, issues with codes', () => {
    let error: unknown;
    try {
      parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['8501'], certification: ['CE'] }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const e = error as ValidationError;
    expect(e.issues.map((i) => i.code)).toStrictEqual(['unknown-key']);
    expect(e.issues[0]!.params).toMatchObject({ key: 'certification', suggestion: 'certifications' });
    expect(e.message).not.toMatch(CJK);
    expect(e.format('zh')).toMatch(/^无效的供应商记录: \[0, "certification"\] \(id "S1"\): 未知的字段 "certification"/);
    expect(e.format('en')).toBe(e.message);
  });

  it('parse issues carry codes: missing, wrong type, duplicate id, unknown field', () => {
    const issues = validationIssues(() =>
      parseSuppliers([
        { id: 'S1', name: 'A', country: 'CN', products: ['8501'] },
        { id: 'S2', country: 'CN', products: ['8501'] },
        { id: 'S3', name: 'B', country: 'CN', products: ['8501'], moq: 'many' },
        { id: 'S1', name: 'C', country: 'CN', products: ['8501'] },
      ]),
    );
    const codeAt = (path: (string | number)[]) => issues.find((i) => i.path.join('.') === path.join('.'))?.code;
    expect(codeAt([1, 'name'])).toBe('required');
    expect(codeAt([2, 'moq'])).toBe('wrong-type');
    expect(codeAt([3, 'id'])).toBe('duplicate-id');
    expect(issues.find((i) => i.code === 'duplicate-id')?.params).toStrictEqual({ id: 'S1', first: 0 });
  });
});

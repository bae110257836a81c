/** Chinese validation messages carry no English: every rule and every code has its own Chinese sentence. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, type IssueParams, issueMessage, parseBuyers, parseSuppliers } from '../../src/index.js';
import { ISSUE_RULES, type IssueRule } from '../../src/model/issue-rules.js';
import { issue } from '../../src/model/validation-error.js';
import { rawBuyer, rawSupplier } from '../arbitraries.js';
import { validationIssues } from '../validation-issues.js';

const CJK = /[\u4e00-\u9fff]/;
/** Names that stay as they are in Chinese text: standards, field and option names, API names. */
const NAMES = new Set(['ISIC', 'IANA', 'alpha', 'YYYY', 'code', 'from', 'include', 'exclude', 'inferCodes', 'cuohe']);
NAMES.add('descriptions'); // cuohe/descriptions, a subpath name
// Names from the command line: formats and encodings, component names and a time zone in examples.
for (const name of ['JSON', 'xlsx', 'windows', 'industry', 'region', 'Asia', 'Shanghai']) NAMES.add(name);

/** The ASCII words of 4+ letters of a Chinese message, leaving out quoted values and the params' own values. */
function englishWords(text: string, p: IssueParams): string[] {
  const keys = (p.keys ?? []).flatMap(({ key, suggestion }) => [key, suggestion]);
  const values = [p.value, p.field, p.what, p.key, p.suggestion, ...(p.known ?? []), ...keys]
    .filter((v) => v !== undefined && v !== '')
    .map(String)
    .sort((a, b) => b.length - a.length);
  let rest = text;
  for (const value of values) rest = rest.split(value).join(' ');
  rest = rest.replace(/"(?:[^"\\]|\\.)*"/g, '');
  return (rest.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => !NAMES.has(w));
}

const SAMPLE: IssueParams = {
  value: 'XYZ',
  max: 50,
  first: 2,
  field: 'capacity',
  what: 'supplier',
  suggestion: 'CN',
  known: ['innovative', 'srdi'],
  keys: [{ key: 'exlude', suggestion: 'exclude' }, { key: 'other' }],
};

describe('issue rules', () => {
  it('every rule reads in Chinese without English words, and in English without Chinese (but the hints)', () => {
    for (const rule of Object.keys(ISSUE_RULES) as IssueRule[]) {
      for (const p of [{ ...SAMPLE, rule }, { rule }]) {
        const made = issue(['x'], 'invalid-value', p);
        const zh = issueMessage(made, 'zh');
        expect(zh, rule).toMatch(CJK);
        expect(englishWords(zh, p), `${rule}: ${zh}`).toStrictEqual([]);
        expect(made.message, rule).toBe(ISSUE_RULES[rule].en(p));
        // The English message keeps its two Chinese hints (did you mean …, the lost leading zero) only.
        if (rule !== 'hs-leading-zero' && !p.suggestion) expect(made.message, rule).not.toMatch(CJK);
      }
    }
  });

  it('every code with structured params reads in Chinese without English words', () => {
    const samples: IssueParams[] = [
      {},
      { value: 'abc', expected: 'an HS code' },
      { min: 1, max: 256, whole: true },
      { key: 'limt', suggestion: 'limit', what: 'option' },
      { key: 'x', known: ['a', 'b'], what: 'column' },
      { id: 'S1', first: 3, what: 'supplier' },
      { max: 100, what: 'records' },
    ];
    for (const code of ISSUE_CODES) {
      for (const p of samples) {
        const zh = issueMessage(issue(['x'], code, p), 'zh');
        expect(englishWords(zh, { ...p, known: [...(p.known ?? []), String(p.id)] }), `${code}: ${zh}`).toEqual([]);
      }
    }
  });

  it('property: every problem the record parsers report has a rule or params, no English specifics (300 runs)', () => {
    const corrupt = (record: fc.Arbitrary<Record<string, unknown>>) =>
      fc
        .tuple(record, fc.string({ maxLength: 3 }), fc.oneof(fc.jsonValue(), fc.constantFrom('', ' ', 'cn', 90210)))
        .chain(([r, , value]) =>
          fc.constantFrom(...Object.keys(r), 'origins', 'tier', 'deadline').map((key) => ({ ...r, [key]: value })),
        );
    const run = (parse: (rows: unknown) => unknown, record: fc.Arbitrary<Record<string, unknown>>) =>
      fc.assert(
        fc.property(fc.array(corrupt(record), { minLength: 1, maxLength: 3 }), (rows) => {
          let issues: ReturnType<typeof validationIssues> = [];
          try {
            parse(rows);
            return;
          } catch {
            issues = validationIssues(() => parse(rows));
          }
          for (const i of issues) {
            expect(i.params?.detail, i.message).toBeUndefined();
            const zh = issueMessage(i, 'zh');
            expect(zh).toMatch(CJK);
            expect(englishWords(zh, i.params ?? {}), zh).toStrictEqual([]);
          }
        }),
        { numRuns: 300 },
      );
    run(parseSuppliers, rawSupplier('S1') as fc.Arbitrary<Record<string, unknown>>);
    run(parseBuyers, rawBuyer('B1') as fc.Arbitrary<Record<string, unknown>>);
  });

  it('the English messages are the sentences they were; the Chinese ones say the same', () => {
    const [country, origins, hs] = validationIssues(() =>
      parseBuyers([
        { id: 'B1', name: 'A', country: '中国', wants: ['85044010'], origins: { include: ['EU'], exlude: ['CN'] } },
      ]),
    ).sort((a, b) => String(a.path[1]).localeCompare(String(b.path[1])));
    expect(country!.message).toBe('"中国" is not an ISO 3166-1 alpha-2 country code: did you mean CN? (是否应为 CN？)');
    expect(issueMessage(country!, 'zh')).toBe('"中国" 不是 ISO 3166-1 alpha-2 国家代码：是否应为 CN？');
    expect(origins!.message).toBe('unknown key "exlude": did you mean "exclude"?');
    expect(issueMessage(origins!, 'zh')).toBe('未知的键 "exlude"：是否想写 "exclude"？');
    expect(hs!.message).toBe('"85044010" is a national tariff line: use its first 6 digits (850440)');
    expect(issueMessage(hs!, 'zh')).toBe('"85044010" 是各国税则的细分编码：请用前 6 位（850440）');
    const [capacity] = validationIssues(() =>
      parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['8504'], capacity: -1 }]),
    );
    expect([capacity!.code, capacity!.message, issueMessage(capacity!, 'zh')]).toStrictEqual([
      'out-of-range',
      'capacity must not be negative',
      'capacity 不能为负数',
    ]);
  });
});

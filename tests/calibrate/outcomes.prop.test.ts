/** Outcome records and files: grades, labels, and every bad record named with its line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADES, OUTCOME_LABELS, parseOutcomes } from '../../src/calibrate/outcomes.js';
import { readOutcomesCsv, readOutcomesJson } from '../../src/io/outcomes.js';
import { ValidationError } from '../../src/model/validation-error.js';

const known = { suppliers: ['S1', 'S2', 'S3'], buyers: ['B1', 'B2'] };

describe('parseOutcomes', () => {
  it('on any JSON value returns valid outcomes or throws ValidationError, and never mutates its input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.array(
            fc.record(
              {
                buyerId: fc.constantFrom('B1', 'B2', 'B9', ''),
                supplierId: fc.constantFrom('S1', 'S2', 'S3', 7),
                outcome: fc.oneof(
                  fc.constantFrom(...OUTCOME_LABELS, 'Follow up', '成交', 'maybe', '-1', '2.5'),
                  fc.double(),
                ),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
        (rows) => {
          const copy = JSON.stringify(rows);
          try {
            const outcomes = parseOutcomes(rows, known);
            for (const o of outcomes) {
              expect(known.buyers).toContain(o.buyerId);
              expect(known.suppliers).toContain(o.supplierId);
              expect(Number.isFinite(o.grade) && o.grade >= 0).toBe(true);
              expect(Object.isFrozen(o)).toBe(true);
            }
            expect(new Set(outcomes.map((o) => `${o.buyerId}/${o.supplierId}`)).size).toBe(outcomes.length);
          } catch (e) {
            expect(e).toBeInstanceOf(ValidationError);
          }
          expect(JSON.stringify(rows)).toBe(copy);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads grades, labels and their other spellings, with the default grades or overrides', () => {
    const rows = [
      { buyerId: 'B1', supplierId: 'S1', outcome: 'deal' },
      { buyerId: 'B1', supplierId: 'S2', outcome: 'No Show' },
      { buyerId: 'B1', supplierId: 'S3', outcome: '跟进' },
      { buyerId: 'B2', supplierId: 'S1', outcome: 2.5 },
      { buyerId: 'B2', supplierId: 'S2', outcome: ' 0 ', note: 'late' },
    ];
    expect(parseOutcomes(rows, known).map((o) => [o.outcome, o.grade])).toStrictEqual([
      ['deal', 4],
      ['no-show', 0],
      ['follow-up', 2],
      [2.5, 2.5],
      [0, 0],
    ]);
    expect(parseOutcomes(rows, { grades: { deal: 10 } })[0]!.grade).toBe(10);
    expect(DEFAULT_GRADES).toStrictEqual({ declined: 0, 'no-show': 0, met: 1, 'follow-up': 2, sample: 3, deal: 4 });
    expect(() => parseOutcomes(rows, { grades: { deal: -1 } })).toThrow(ValidationError);
  });

  it('names unknown ids, pairs graded twice, bad grades and misspelt fields', () => {
    const rows = [
      { buyerId: 'B1', supplierId: 'S1', outcome: 'deal' },
      { buyerId: 'B1', supplierId: 'S1', outcome: 'met' },
      { buyerId: 'B7', supplierId: 'S1', outcome: 1 },
      { buyerId: 'B2', supplierId: 'S9', outcome: -2 },
      { buyerId: 'B2', supplierId: 'S2', outcom: 'deal' },
    ];
    try {
      parseOutcomes(rows, known);
      expect.unreachable();
    } catch (e) {
      const issues = (e as ValidationError).issues.map((i) => [i.path, i.message]);
      expect(issues).toStrictEqual([
        [[1], 'the pair B1 / S1 is already graded (record 0)'],
        [[2, 'buyerId'], 'no buyer with id "B7"'],
        [[3, 'supplierId'], 'no supplier with id "S9"'],
        [[3, 'outcome'], 'a grade must be a finite number ≥ 0'],
        [[4, 'outcom'], 'unknown field "outcom": did you mean "outcome"?'],
        [[4, 'outcome'], 'is required'],
      ]);
    }
  });

  it('speaks Chinese with locale zh', () => {
    expect(() =>
      parseOutcomes([{ buyerId: 'B9', supplierId: 'S1', outcome: 'deal' }], { ...known, locale: 'zh' }),
    ).toThrow(/没有 id 为 "B9" 的采购商/);
  });
});

describe('outcome files', () => {
  it('CSV: every bad row with its line, column mapping, formula guard read back', () => {
    const csv = '采购商,供应商,结果,备注\nB1,S1,成交,ok\nB1,S1,met,\nB2,S9,maybe,\nB2,S2,"\'-1",\nB2,S3\n';
    try {
      readOutcomesCsv(csv, {
        file: 'o.csv',
        ...known,
        columns: { 采购商: 'buyerId', 供应商: 'supplierId', 结果: 'outcome' },
      });
      expect.unreachable();
    } catch (e) {
      const err = e as ValidationError;
      expect(err.message).toMatch(/^o\.csv: 4 invalid outcome records/);
      expect(err.issues.map((i) => i.path)).toStrictEqual([
        ['o.csv', 'line 3'],
        ['o.csv', 'line 4', 'supplierId'],
        ['o.csv', 'line 4', 'outcome'],
        ['o.csv', 'line 5', 'outcome'],
        ['o.csv', 'line 6'],
      ]);
      expect(err.issues[0]!.message).toBe('the pair B1 / S1 is already graded (line 2)');
    }
    const ok = readOutcomesCsv('buyerId,supplierId,outcome\nB1,S1,deal\nB2,S3,1.5\n', { ...known });
    expect(ok.map((o) => o.grade)).toStrictEqual([4, 1.5]);
  });

  it('JSON: errors name the line each record starts on', () => {
    const json =
      '[\n  { "buyerId": "B1", "supplierId": "S1", "outcome": "deal" },\n' +
      '  {\n    "buyerId": "B1",\n    "supplierId": "S1", "outcome": "sample"\n  }\n]\n';
    try {
      readOutcomesJson(json, { file: 'o.json' });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => [i.path, i.message])).toStrictEqual([
        [['o.json', 'line 3'], 'the pair B1 / S1 is already graded (line 2)'],
      ]);
    }
    expect(() => readOutcomesJson('{"a":1}', { file: 'o.json' })).toThrow(ValidationError);
    expect(() => readOutcomesJson('[{', { file: 'o.json' })).toThrow(/not valid JSON/);
    expect(readOutcomesJson('\uFEFF[{"buyerId":"B1","supplierId":"S2","outcome":"no-show"}]', known)).toStrictEqual([
      { buyerId: 'B1', supplierId: 'S2', outcome: 'no-show', grade: 0 },
    ]);
  });
});

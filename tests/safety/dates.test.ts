/** Dates without a time are calendar dates: impossible ones are errors, never rolled over. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, localAvailability, makeSlots, parseBuyers, parseSuppliers } from '../../src/index.js';
import { calendarDay, isCalendarDate } from '../../src/model/calendar-date.js';
import { cuoheIn, data, freshDir } from '../cli/run-cli.js';
import { validationIssues } from '../validation-issues.js';

const suppliers = parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['850440'], leadTimeDays: 10 }]);

describe('calendar dates', () => {
  it('accepts real dates only, leap years included', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-28')).toBe(true);
    for (const bad of [
      '2026-02-29',
      '2026-02-30',
      '2026-02-31',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-01-00',
      '2100-02-29',
      '2026-1-01',
      ' 2026-01-01',
    ]) {
      expect({ bad, ok: isCalendarDate(bad) }).toEqual({ bad, ok: false });
    }
    expect(calendarDay('1970-01-02')).toBe(1);
  });

  it("asOf '2026-02-31' is a ValidationError, not 3 March", () => {
    const issues = validationIssues(() => createEngine(suppliers, { asOf: '2026-02-31' }));
    expect(issues[0]!.path).toEqual(['options', 'asOf']);
    expect(validationIssues(() => createEngine(suppliers, { asOf: '2026-02-31T10:00:00Z' }))[0]!.path).toEqual([
      'options',
      'asOf',
    ]);
    expect(() => createEngine(suppliers, { asOf: '2026-02-28T23:30:00-08:00' })).not.toThrow();
  });

  it('a deadline counts calendar days from asOf', () => {
    const [buyer] = parseBuyers([
      { id: 'B1', name: 'B', country: 'DE', wants: ['850440'], deadline: '2026-12-02', hard: ['deadline'] },
    ]);
    const m = createEngine(suppliers, { asOf: '2026-11-22' }).score(buyer!, 'S1');
    expect(m.reasons.some((r) => r.includes('10 days to the deadline'))).toBe(true);
    // asOf as an instant: its UTC calendar day.
    const late = createEngine(suppliers, { asOf: new Date('2026-11-22T23:59:00Z') }).score(buyer!, 'S1');
    expect(late.reasons.some((r) => r.includes('10 days to the deadline'))).toBe(true);
  });

  it('makeSlots and localAvailability reject 2026-02-30', () => {
    expect(
      validationIssues(() =>
        makeSlots({ date: '2026-02-30', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 2 }),
      )[0]!.path,
    ).toEqual(['date']);
    expect(validationIssues(() => localAvailability('Europe/Berlin', '2026-02-30', '09:00', '10:00'))[0]!.path).toEqual(
      ['date'],
    );
    expect(
      makeSlots({ date: '2028-02-29', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 1 })[0]!.start,
    ).toBe('2028-02-29T09:00:00.000+08:00');
  });

  it('cuohe schedule --date 2026-13-01 and match --as-of 2026-02-31 are usage errors (exit 2)', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'matches.csv'), 'buyerId,supplierId,score\nB1,S1,0.9\n');
    const r = cuoheIn(dir, [
      'schedule',
      '--matches',
      'matches.csv',
      '--date',
      '2026-13-01',
      '--timezone',
      'Asia/Shanghai',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--date: "2026-13-01"/);
    const m = cuoheIn(dir, [
      'match',
      '--suppliers',
      data('exhibitors.csv'),
      '--buyers',
      data('buyers.csv'),
      '--as-of',
      '2026-02-31',
    ]);
    expect(m.code).toBe(2);
    expect(m.err).toMatch(/--as-of/);
  });

  it('cuohe match writes the same file under every TZ', () => {
    const dir = freshDir();
    const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => {
      const r = cuoheIn(
        dir,
        [
          'match',
          '--suppliers',
          data('exhibitors.csv'),
          '--buyers',
          data('buyers.csv'),
          '--top',
          '3',
          '--as-of',
          '2026-11-22',
          '--skip-invalid',
          '--out',
          `m-${tz.replace('/', '_')}.csv`,
        ],
        { TZ: tz },
      );
      expect(r.code).toBe(0);
      return readFileSync(join(dir, `m-${tz.replace('/', '_')}.csv`), 'utf8');
    });
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  }, 120_000);
});

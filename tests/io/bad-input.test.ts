/**
 * The CSV writers and agendas given what they were not made for: a ValidationError naming the
 * field (with a code), never a TypeError — and never for what they were made for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agendas,
  agendaToCsv,
  createEngine,
  makeSlots,
  parseBuyers,
  parseSuppliers,
  type ScheduleInput,
  scheduleMeetings,
  scheduleToCsv,
  ValidationError,
} from '../../src/index.js';
import { matchesToCsv, profilesToCsv } from '../../src/io/index.js';
import { validationIssues } from '../validation-issues.js';

const slots = makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 2 });
const input: ScheduleInput = {
  slots,
  tables: 2,
  participants: [
    { id: 'B1', side: 'buyer' },
    { id: 'S1', side: 'supplier' },
  ],
  candidates: [{ buyerId: 'B1', supplierId: 'S1', score: 0.8 }],
};
const schedule = scheduleMeetings(input);
const [agenda] = agendas(schedule, input);
const suppliers = parseSuppliers([{ id: 'S1', name: 'Foshan Motor', country: 'CN', products: ['850440'] }]);
const buyers = parseBuyers([{ id: 'B1', name: 'Nordic Retail', country: 'SE', wants: ['8504'] }]);
const engine = createEngine(suppliers);
const ranked = engine.rankAll(buyers, { limit: 5 });

/** Runs `fn`: it returns, or throws a ValidationError whose issues all have a code and a path. */
function onlyValidationErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    for (const i of (error as ValidationError).issues) {
      expect(typeof i.code).toBe('string');
      expect(Array.isArray(i.path)).toBe(true);
    }
  }
}

describe('CSV writers and agendas reject bad input with a ValidationError', () => {
  it('still write what they were made for', () => {
    expect(agendaToCsv(agenda!)).toMatch(/^slot,start,end/);
    expect(scheduleToCsv(schedule, input)).toMatch(/^status,slot/);
    expect(matchesToCsv(ranked)).toMatch(/^buyerId,buyerName,rank/);
    expect(profilesToCsv(suppliers)).toMatch(/^id,name,country,products/);
  });

  it('name the record and the field, with a code', () => {
    expect(validationIssues(() => agendas(null as never, input))[0]).toMatchObject({
      path: ['schedule'],
      code: 'wrong-type',
    });
    const badMeeting = { ...schedule, meetings: [{ ...schedule.meetings[0]!, slot: 7 }] };
    expect(validationIssues(() => agendas(badMeeting, input))[0]).toMatchObject({
      path: ['schedule', 'meetings', 0, 'slot'],
      code: 'out-of-range',
      params: { min: 0, max: 1, whole: true },
    });
    expect(validationIssues(() => agendaToCsv({ ...agenda!, items: [null] } as never))[0]).toMatchObject({
      path: ['agenda', 'items', 0],
      code: 'wrong-type',
    });
    const noScore = { ...agenda!, items: [{ ...agenda!.items[0]!, score: undefined }] };
    expect(validationIssues(() => agendaToCsv(noScore as never))[0]).toMatchObject({
      path: ['agenda', 'items', 0, 'score'],
      code: 'not-a-number',
    });
    expect(validationIssues(() => scheduleToCsv({ meetings: [] } as never, input))[0]).toMatchObject({
      path: ['schedule', 'unscheduled'],
      code: 'wrong-type',
    });
    expect(validationIssues(() => matchesToCsv([{ buyerId: 'B1' }] as never)).map((i) => i.path)).toContainEqual([
      'ranked',
      0,
      'score',
    ]);
    expect(validationIssues(() => matchesToCsv(new Map([['B1', 5]]) as never))[0]).toMatchObject({
      path: ['ranked', 'B1'],
      code: 'wrong-type',
    });
    expect(validationIssues(() => profilesToCsv([suppliers[0]!, null] as never))[0]).toMatchObject({
      path: ['profiles', 1],
      code: 'wrong-type',
    });
    expect(validationIssues(() => profilesToCsv('S1' as never))[0]!.code).toBe('wrong-type');
  });

  it('property: any value as the input gives a result or a ValidationError, never a TypeError (300 runs)', () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.array(fc.anything(), { maxLength: 3 }),
      fc.record({ items: fc.array(fc.anything(), { maxLength: 3 }) }),
      fc.record({ meetings: fc.array(fc.anything(), { maxLength: 3 }), unscheduled: fc.anything() }),
    );
    fc.assert(
      fc.property(junk, (value) => {
        onlyValidationErrors(() => agendas(value as never, input));
        onlyValidationErrors(() => agendas(schedule, value as never));
        onlyValidationErrors(() => agendaToCsv(value as never));
        onlyValidationErrors(() => scheduleToCsv(value as never, input));
        onlyValidationErrors(() => scheduleToCsv(schedule, value as never));
        onlyValidationErrors(() => matchesToCsv(value as never));
        onlyValidationErrors(() => profilesToCsv(value as never));
      }),
      { numRuns: 300 },
    );
  });

  it('meetingCandidates names the option the caller gave (perBuyer, perSupplier), not an internal one', () => {
    expect(validationIssues(() => engine.meetingCandidates(buyers, { perBuyer: 0 }))).toMatchObject([
      { path: ['opts', 'perBuyer'], code: 'out-of-range' },
    ]);
    expect(validationIssues(() => engine.meetingCandidates(buyers, { perSupplier: 1.5 }))).toMatchObject([
      { path: ['opts', 'perSupplier'], code: 'out-of-range' },
    ]);
  });
});

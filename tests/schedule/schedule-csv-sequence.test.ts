/**
 * schedule.csv carries each meeting's calendar revision (`sequence`), so a repair from it
 * raises SEQUENCE from the last one sent; files written before the column read as sequence 0.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { updateAgendas } from '../../src/calendar.js';
import { readPreviousSchedule } from '../../src/cli/previous-schedule.js';
import { agendas, makeSlots, scheduleMeetings, scheduleToCsv, ValidationError } from '../../src/index.js';
import { twoByTwo } from './two-by-two.js';

const slots = makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 4 });
const input = twoByTwo(slots, 2, [0.9, 0.8, 0.7, -0.1]);
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('schedule.csv sequence column', () => {
  const schedule = scheduleMeetings(input);
  const sent = updateAgendas(agendas(schedule, input), []);

  it('is 0 for every meeting without agendas and empty on unscheduled rows', () => {
    const rows = parse(scheduleToCsv(schedule, input));
    expect(Object.keys(rows[0]!)).toContain('sequence');
    const scheduled = rows.filter((r) => r.status === 'scheduled');
    expect(scheduled).toHaveLength(schedule.meetings.length);
    expect(scheduled.every((r) => r.sequence === '0')).toBe(true);
    expect(rows.filter((r) => r.status === 'unscheduled').map((r) => r.sequence)).toStrictEqual(
      schedule.unscheduled.map(() => ''),
    );
  });

  it('takes each meeting’s sequence from the agendas sent, and reads back as written', () => {
    // The first meeting moves to another table: its revision rises to 1 in both parties' agendas.
    const [moved, ...rest] = schedule.meetings;
    const changed = { ...schedule, meetings: [{ ...moved!, table: moved!.table === 1 ? 2 : 1 }, ...rest] };
    const update = updateAgendas(agendas(changed, input), sent);
    const csv = scheduleToCsv(changed, input, { agendas: update });
    const bySeq = new Map(parse(csv).map((r) => [`${r.buyerId}|${r.supplierId}`, r.sequence]));
    expect(bySeq.get(`${moved!.buyerId}|${moved!.supplierId}`)).toBe('1');
    for (const m of rest) expect(bySeq.get(`${m.buyerId}|${m.supplierId}`)).toBe('0');
    const back = readPreviousSchedule(csv, 'schedule.csv', input);
    expect(back.meetings).toHaveLength(changed.meetings.length);
    expect(back.sequences.get(`${moved!.buyerId}\u0000${moved!.supplierId}`)).toBe(1);
    expect([...back.sequences.values()].filter((s) => s === 0)).toHaveLength(rest.length);
  });

  it('reads a file written before the column with sequence 0', () => {
    const old = scheduleToCsv(schedule, input)
      .split('\r\n')
      .map((line) => line.replace(/,[^,]*$/, ''))
      .join('\r\n');
    expect(old.split('\r\n')[0]).toBe('status,slot,start,end,table,buyerId,supplierId,score,reason');
    const back = readPreviousSchedule(old, 'old.csv', input);
    expect(back.meetings.map((m) => [m.buyerId, m.supplierId, m.slot, m.table])).toStrictEqual(
      schedule.meetings.map((m) => [m.buyerId, m.supplierId, m.slot, m.table]),
    );
    expect([...back.sequences.values()]).toStrictEqual(schedule.meetings.map(() => 0));
  });

  it('a bad sequence is a ValidationError naming the line and the field', () => {
    const csv =
      'status,start,table,buyerId,supplierId,score,sequence\nscheduled,2026-11-23T09:00:00+08:00,1,B1,S1,0.9,-2\n';
    try {
      readPreviousSchedule(csv, 'bad.csv', input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]!.path).toStrictEqual(['bad.csv', 'line 2', 'sequence']);
    }
    expect(() => scheduleToCsv(schedule, input, { agendas: [{ ...sent[0]!, side: 'x' as 'buyer' }] })).toThrow(
      ValidationError,
    );
  });
});

describe('cuohe schedule --previous with a sequence column', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'cuohe-sequence-'));
  const cuohe = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href,
        join(root, 'src/cli/main.ts'),
      ].concat(args),
      { cwd: dir, encoding: 'utf8' },
    );
  const day = ['--date', '2026-11-23', '--timezone', 'Asia/Shanghai', '--count', '4', '--tables', '2'];
  const ics = (file: string) =>
    new ICAL.Component(ICAL.parse(readFileSync(join(dir, file), 'utf8')))
      .getAllSubcomponents('vevent')
      .map((e) => [e.getFirstPropertyValue('uid'), e.getFirstPropertyValue('sequence')]);

  it('kept meetings keep the sequence last sent, cancelled ones get one more; schedule.csv records them', () => {
    writeFileSync(join(dir, 'matches.csv'), 'buyerId,supplierId,score\nB1,S1,0.9\nB1,S2,0.8\nB2,S1,0.7\n');
    const first = cuohe('schedule', '--matches', 'matches.csv', ...day, '--out', 'day1');
    expect(first.status, first.stderr).toBe(0);
    const rows = parse(readFileSync(join(dir, 'day1/schedule.csv'), 'utf8')).filter((r) => r.status === 'scheduled');
    expect(rows.map((r) => r.sequence)).toStrictEqual(rows.map(() => '0'));
    // As if the day's calendars had been updated four times since: sequence 4 everywhere.
    writeFileSync(join(dir, 'previous.csv'), Papa.unparse(rows.map((r) => ({ ...r, sequence: '4' }))));
    // B2 does not come.
    writeFileSync(join(dir, 'matches2.csv'), 'buyerId,supplierId,score\nB1,S1,0.9\nB1,S2,0.8\n');
    const second = cuohe(
      'schedule',
      '--matches',
      'matches2.csv',
      ...day,
      '--previous',
      'previous.csv',
      '--out',
      'day2',
    );
    expect(second.status, second.stderr).toBe(0);
    expect(ics('day2/agendas/buyer-B1.ics').sort()).toStrictEqual([
      ['B1/S1@cuohe', 4],
      ['B1/S2@cuohe', 4],
    ]);
    expect(ics('day2/agendas/buyer-B2.ics')).toStrictEqual([['B2/S1@cuohe', 5]]);
    const after = parse(readFileSync(join(dir, 'day2/schedule.csv'), 'utf8')).filter((r) => r.status === 'scheduled');
    expect(after.map((r) => [r.buyerId, r.supplierId, r.sequence]).sort()).toStrictEqual([
      ['B1', 'S1', '4'],
      ['B1', 'S2', '4'],
    ]);
  });
});

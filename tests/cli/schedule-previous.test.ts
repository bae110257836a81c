/** `cuohe schedule --previous`: repair yesterday's schedule.csv after a no-show and a late joiner. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cuoheIn, freshDir } from './run-cli.js';

const dir = freshDir('cuohe-previous-');
const cuohe = (...args: string[]) => cuoheIn(dir, args);
const rows = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe('cuohe schedule --previous', () => {
  it('keeps the meetings that can stay, cancels the no-show’s, seats the late joiner, writes changes.csv', () => {
    const pairs = [];
    for (let b = 1; b <= 6; b++)
      for (let s = 1; s <= 4; s++) pairs.push(`B${b},S${s},${(0.5 + ((b * 7 + s * 3) % 10) / 20).toFixed(2)}`);
    writeFileSync(join(dir, 'matches.csv'), `buyerId,supplierId,score\n${pairs.join('\n')}\n`);
    const day = [
      '--date',
      '2026-11-23',
      '--timezone',
      'Asia/Shanghai',
      '--count',
      '6',
      '--tables',
      '4',
      '--max-meetings',
      '3',
    ];
    expect(cuohe('schedule', '--matches', 'matches.csv', ...day, '--out', 'day1').code).toBe(0);
    const first = rows('day1/schedule.csv').filter((r) => r.status === 'scheduled');
    // B2 does not come; B7 arrives with strong matches; the first meeting is pinned.
    const pinnedKey = `${first[0]!.buyerId}|${first[0]!.supplierId}`;
    const previous = rows('day1/schedule.csv').map((r) => ({
      ...r,
      pinned: `${r.buyerId}|${r.supplierId}` === pinnedKey ? 'yes' : '',
    }));
    writeFileSync(join(dir, 'previous.csv'), Papa.unparse(previous));
    const kept = pairs.filter((p) => !p.startsWith('B2,'));
    writeFileSync(
      join(dir, 'matches2.csv'),
      `buyerId,supplierId,score\n${[...kept, 'B7,S1,0.99', 'B7,S2,0.98'].join('\n')}\n`,
    );
    const run = cuohe('schedule', '--matches', 'matches2.csv', ...day, '--previous', 'previous.csv', '--out', 'day2');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/\d+ kept, \d+ moved, \d+ cancelled, \d+ added/);
    const after = new Map(
      rows('day2/schedule.csv')
        .filter((r) => r.status === 'scheduled')
        .map((r) => [`${r.buyerId}|${r.supplierId}`, r]),
    );
    for (const m of first) {
      if (m.buyerId === 'B2') continue;
      // Nobody else lost availability: every other meeting keeps its slot and table.
      expect(after.get(`${m.buyerId}|${m.supplierId}`)).toMatchObject({ start: m.start, table: m.table });
    }
    const changes = rows('day2/changes.csv');
    expect(changes.filter((c) => c.change === 'cancelled').map((c) => c.buyerId)).toStrictEqual(
      first.filter((m) => m.buyerId === 'B2').map(() => 'B2'),
    );
    expect(changes.filter((c) => c.change === 'cancelled').every((c) => c.reason!.startsWith('participant-gone'))).toBe(
      true,
    );
    expect(changes.some((c) => c.change === 'added' && c.buyerId === 'B7')).toBe(true);
    expect(changes.filter((c) => c.change === 'kept').length).toBe(first.filter((m) => m.buyerId !== 'B2').length);
  });

  it('--organizer: invitations for everyone with an e-mail; with --previous, CANCEL for dropped meetings', () => {
    const pairs = ['B1,S1,0.9', 'B1,S2,0.8', 'B2,S1,0.7', 'B2,S2,0.95', 'B3,S1,0.6'];
    writeFileSync(join(dir, 'inv-matches.csv'), `buyerId,supplierId,score\n${pairs.join('\n')}\n`);
    const sideOf = (id: string) => (id.startsWith('B') ? 'buyer' : 'supplier');
    const people = (ids: string[]) =>
      `id,side,email,name\n${ids.map((id) => `${id},${sideOf(id)},${id.toLowerCase()}@x.example,${id} Co\n`).join('')}`;
    writeFileSync(join(dir, 'inv-people.csv'), people(['B1', 'B2', 'B3', 'S1', 'S2']));
    const day = ['--date', '2026-11-23', '--timezone', 'Asia/Shanghai', '--count', '4', '--tables', '2'];
    const organizer = ['--organizer', 'Matchmaking desk <desk@fair.example.org>'];
    const first = cuohe(
      'schedule',
      '--matches',
      'inv-matches.csv',
      '--participants',
      'inv-people.csv',
      ...day,
      ...organizer,
      '--out',
      'inv1',
    );
    expect(first.code, first.err).toBe(0);
    const read = (file: string) => new ICAL.Component(ICAL.parse(readFileSync(join(dir, file), 'utf8')));
    const invite = read('inv1/agendas/buyer-B2.ics');
    expect(invite.getFirstPropertyValue('method')).toBe('REQUEST');
    const events = invite.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    expect(String(events[0]!.getFirstPropertyValue('organizer'))).toBe('mailto:desk@fair.example.org');
    expect(events[0]!.getFirstProperty('organizer')!.getParameter('cn')).toBe('Matchmaking desk');
    expect(readdirSync(join(dir, 'inv1/agendas')).filter((f) => f.endsWith('.cancel.ics'))).toStrictEqual([]);
    // B2 does not come: the others get METHOD:CANCEL files for their meetings with B2, and B2 one for all of them.
    const met = rows('inv1/schedule.csv').filter((r) => r.status === 'scheduled' && r.buyerId === 'B2');
    expect(met.length).toBeGreaterThan(0);
    writeFileSync(join(dir, 'inv-people2.csv'), people(['B1', 'B3', 'S1', 'S2']));
    writeFileSync(
      join(dir, 'inv-matches2.csv'),
      `buyerId,supplierId,score\n${pairs.filter((p) => !p.startsWith('B2')).join('\n')}\n`,
    );
    const second = cuohe(
      'schedule',
      '--matches',
      'inv-matches2.csv',
      '--participants',
      'inv-people2.csv',
      ...day,
      ...organizer,
      '--previous',
      'inv1/schedule.csv',
      '--out',
      'inv2',
    );
    expect(second.code, second.err).toBe(0);
    for (const m of met) {
      const cancel = read(`inv2/agendas/supplier-${m.supplierId}.cancel.ics`);
      expect(cancel.getFirstPropertyValue('method')).toBe('CANCEL');
      const [event] = cancel.getAllSubcomponents('vevent');
      expect(event!.getFirstPropertyValue('uid')).toBe(`B2/${m.supplierId}@cuohe`);
      expect(event!.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(event!.getFirstPropertyValue('sequence')).toBe(1);
    }
    // B2 is gone and its e-mail with it: its calendar is a published file with the meetings cancelled.
    const gone = read('inv2/agendas/buyer-B2.ics');
    expect(gone.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(gone.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('status'))).toStrictEqual(
      met.map(() => 'CANCELLED'),
    );
    expect(existsSync(join(dir, 'inv2/agendas/buyer-B1.cancel.ics'))).toBe(false);
    expect(read('inv2/agendas/buyer-B1.ics').getFirstPropertyValue('method')).toBe('REQUEST');
  });

  it('--organizer that is not an address is a usage error', () => {
    const run = cuohe(
      'schedule',
      '--matches',
      'matches.csv',
      '--date',
      '2026-11-23',
      '--timezone',
      'UTC',
      '--organizer',
      'desk',
    );
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--organizer/);
  });

  it('a previous file that is not a schedule is an input error naming the line', () => {
    writeFileSync(
      join(dir, 'bad.csv'),
      'status,start,table,buyerId,supplierId,score\nscheduled,2026-11-23T09:00:00+08:00,zero,B1,S1,0.5\n',
    );
    const run = cuohe(
      'schedule',
      '--matches',
      'matches.csv',
      '--date',
      '2026-11-23',
      '--timezone',
      'Asia/Shanghai',
      '--previous',
      'bad.csv',
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/bad\.csv:2: table/);
  });
});

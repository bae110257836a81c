/** `cuohe schedule`: names in agendas and calendars, local times, whole seconds, and `--out agendas/`. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cuoheIn, freshDir } from './run-cli.js';

const MATCHES = [
  'buyerId,buyerName,rank,supplierId,supplierName,score,mutual',
  'B1,Berlin Energy GmbH,1,S1,"Dongguan Power Co., Ltd.",0.9,0.9',
  'B1,Berlin Energy GmbH,2,S2,东莞电子,0.8,0.8',
  'B2,Lyon Retail,1,S1,"Dongguan Power Co., Ltd.",0.7,0.7',
].join('\n');
// The participants file names B2 itself (it wins over the matches file) and gives B1 a time zone.
const PARTICIPANTS = [
  'id,side,name,email,timeZone',
  'B1,buyer,,anna@berlin.example,Europe/Berlin',
  'B2,buyer,Lyon Retail SA,,',
].join('\n');
const SLOT_ARGS = ['--date', '2026-11-23', '--timezone', 'Asia/Shanghai', '--count', '4'];

function summaries(ics: string): string[] {
  return new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((v) => String(v.getFirstPropertyValue('summary')));
}

describe('cuohe schedule: names everywhere', () => {
  it('agenda CSV and .ics carry company names from matches and participants; --out agendas/ writes there', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'matches.csv'), MATCHES);
    writeFileSync(join(dir, 'participants.csv'), PARTICIPANTS);
    const r = cuoheIn(dir, [
      'schedule',
      '--matches',
      'matches.csv',
      '--participants',
      'participants.csv',
      ...SLOT_ARGS,
      '--out',
      'agendas/',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'agendas/agendas'))).toBe(false);
    expect(readdirSync(join(dir, 'agendas')).sort()).toEqual([
      'buyer-B1.csv',
      'buyer-B1.ics',
      'buyer-B2.csv',
      'buyer-B2.ics',
      'schedule.csv',
      'supplier-S1.csv',
      'supplier-S1.ics',
      'supplier-S2.csv',
      'supplier-S2.ics',
    ]);
    expect(r.out).toMatch(/wrote agendas\/?schedule\.csv and 8 agenda files/);

    const b1 = readFileSync(join(dir, 'agendas/buyer-B1.csv'), 'utf8');
    expect(b1).toContain('Dongguan Power Co., Ltd.');
    expect(b1).toContain('东莞电子');
    // Whole seconds, and B1's own time (Berlin) beside the venue's.
    expect(b1).not.toMatch(/\d\d:\d\d:\d\d\.\d/);
    const venueAndOwnTimes =
      '1,2026-11-23T09:00:00+08:00,2026-11-23T09:20:00+08:00,' +
      '2026-11-23T02:00:00+01:00,2026-11-23T02:20:00+01:00,Europe/Berlin,';
    expect(b1.split('\r\n')[1]!.startsWith(venueAndOwnTimes)).toBe(true);
    expect(readFileSync(join(dir, 'agendas/schedule.csv'), 'utf8')).not.toMatch(/\d\d:\d\d:\d\d\.\d/);

    expect(summaries(readFileSync(join(dir, 'agendas/buyer-B1.ics'), 'utf8')).sort()).toEqual([
      'Meeting: Dongguan Power Co., Ltd.',
      'Meeting: 东莞电子',
    ]);
    expect(summaries(readFileSync(join(dir, 'agendas/supplier-S1.ics'), 'utf8')).sort()).toEqual([
      'Meeting: Berlin Energy GmbH',
      'Meeting: Lyon Retail SA',
    ]);
    // ical.js does not unescape NAME / X-WR-CALNAME (TEXT values): read the line itself.
    expect(readFileSync(join(dir, 'agendas/supplier-S1.ics'), 'utf8')).toContain(
      '\r\nNAME:Meetings of Dongguan Power Co.\\, Ltd.\r\n',
    );
  });

  it('--out day/ keeps day/agendas/, --locale zh writes Chinese calendar entries, a bad e-mail names its line', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'matches.csv'), MATCHES);
    const r = cuoheIn(dir, ['schedule', '--matches', 'matches.csv', ...SLOT_ARGS, '--out', 'day', '--locale', 'zh']);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'day')).sort()).toEqual(['agendas', 'schedule.csv']);
    expect(summaries(readFileSync(join(dir, 'day/agendas/buyer-B2.ics'), 'utf8'))).toEqual([
      '洽谈：Dongguan Power Co., Ltd.',
    ]);
    // The summary on the terminal speaks Chinese too.
    expect(r.out).toMatch(/共安排 \d+ 场洽谈/);
    expect(r.out).toMatch(/已写入 .*schedule\.csv/);
    expect(r.out).not.toMatch(/meetings in|wrote/);

    writeFileSync(
      join(dir, 'participants.csv'),
      ['id,side,email', 'B1,buyer,anna@berlin.example', 'B2,buyer,not-an-address'].join('\n'),
    );
    const bad = cuoheIn(dir, [
      'schedule',
      '--matches',
      'matches.csv',
      '--participants',
      'participants.csv',
      ...SLOT_ARGS,
      '--out',
      'day2',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/participants\.csv:3: email: "not-an-address" is not an e-mail address/);
    expect(existsSync(join(dir, 'day2'))).toBe(false);
  });
});

/** `cuohe report` as a process: the HTML file from the matches and schedule files, exit codes 0 / 1 / 2. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cuoheIn, freshDir } from './run-cli.js';

const dir = freshDir('cuohe-report-');
const cuohe = (...args: string[]) => cuoheIn(dir, args);

writeFileSync(
  join(dir, 'matches.csv'),
  '\uFEFFbuyerId,buyerName,rank,supplierId,supplierName,score,mutual,reasons\r\n' +
    'B1,<script>alert(1)</script>,1,S1,东莞电源,0.9,0.85,行业匹配\r\n' +
    'B2,Lyon Achat,1,S1,东莞电源,0.7,0.6,区域\r\nB2,Lyon Achat,2,S2,佛山家具,0.5,0.4,\r\n',
);
writeFileSync(
  join(dir, 'schedule.csv'),
  [
    'status,slot,start,end,table,buyerId,supplierId,score,reason',
    'scheduled,1,2026-11-23T09:00:00.000+08:00,2026-11-23T09:20:00.000+08:00,1,B1,S1,0.8500,',
    'scheduled,2,2026-11-23T09:20:00.000+08:00,2026-11-23T09:40:00.000+08:00,1,B2,S1,0.6000,',
    'unscheduled,,,,,B2,S2,0.4000,slots-full: every common free slot was taken',
  ].join('\n'),
);
writeFileSync(
  join(dir, 'buyers.csv'),
  'id,name,country,wants\nB1,<script>alert(1)</script>,US,850440\nB2,Lyon Achat,FR,850440;940360\n',
);
writeFileSync(join(dir, 'suppliers.csv'), 'id,name,country,products\nS1,东莞电源,CN,850440\nS2,佛山家具,CN,940360\n');

describe('cuohe report', { timeout: 240_000 }, () => {
  it('writes one HTML file with the grid, the charts and the agendas, and says so in the chosen language', () => {
    const r = cuohe(
      'report',
      '--matches',
      'matches.csv',
      '--schedule',
      'schedule.csv',
      '--buyers',
      'buyers.csv',
      '--suppliers',
      'suppliers.csv',
      '--tables',
      '2',
      '--locale',
      'zh',
      '--timezone',
      'Asia/Shanghai',
      '--out',
      'report.html',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^已写入 report\.html（\d+ KB）：洽谈 2 场，参会方 4 家\n$/);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.match(/<td class="meeting /g)).toHaveLength(2);
    expect(html.match(/<td class="free"/g)).toHaveLength(2);
    expect(html).toMatch(/<figure id="heat-met"><svg/);
    expect(html).toMatch(/<figure id="histogram"><svg/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('时间（会场，Asia/Shanghai）');
    expect(html).toContain('<tr class="no-meeting" data-reason="slots-full"><td>展商</td><td>佛山家具</td>');
  });

  it('works without profiles (no heat map, a note instead) and with the table count taken from the schedule', () => {
    const r = cuohe('report', '--matches', 'matches.csv', '--schedule', 'schedule.csv', '--out', 'plain.html');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^wrote plain\.html \(\d+ KB\): 2 meetings, 4 participants\n$/);
    const html = readFileSync(join(dir, 'plain.html'), 'utf8');
    expect(html).not.toContain('<figure id="heat-');
    expect(html).toContain('Give the buyer and exhibitor profiles');
    expect(html).toContain('of 2 table-slots (2 slots × 1 tables)');
  });

  it('usage errors exit 2 and write nothing', () => {
    for (const args of [
      ['--tables', '0'],
      ['--locale', 'fr'],
      ['--timezone', 'Mars/Olympus'],
      ['--out', 'matches.csv'],
    ]) {
      const r = cuohe('report', '--matches', 'matches.csv', '--schedule', 'schedule.csv', '--out', 'x.html', ...args);
      expect(r.code, args.join(' ')).toBe(2);
    }
    expect(cuohe('report', '--matches', 'matches.csv', '--schedule', 'schedule.csv').code).toBe(2);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });

  it('a bad file exits 1 with the file and line, and leaves the previous report', () => {
    writeFileSync(
      join(dir, 'bad-schedule.csv'),
      'status,slot,start,end,table,buyerId,supplierId,score,reason\n' +
        'scheduled,1,2026-11-23T09:00:00+08:00,2026-11-23T09:20:00+08:00,1,B1,S1,lots,\n',
    );
    const before = readFileSync(join(dir, 'plain.html'), 'utf8');
    const r = cuohe('report', '--matches', 'matches.csv', '--schedule', 'bad-schedule.csv', '--out', 'plain.html');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad-schedule\.csv:2: score: "lots" is not a number/);
    expect(readFileSync(join(dir, 'plain.html'), 'utf8')).toBe(before);
  });
});

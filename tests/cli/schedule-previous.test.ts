/** `cuohe schedule --previous`: repair yesterday's schedule.csv after a no-show and a late joiner. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'cuohe-previous-'));
const cuohe = (...args: string[]) => {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href,
      join(root, 'src/cli/main.ts'),
      ...args,
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
};
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

/** The `cuohe` command as a process: exit codes 0 / 1 / 2, files written, errors with line numbers. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cuoheIn, data, freshDir } from './run-cli.js';

const dir = freshDir('cuohe-cli-');
const cuohe = (...args: string[]) => cuoheIn(dir, args);

describe('cuohe command', () => {
  it('--help for the program and each command exits 0', () => {
    const help = cuohe('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/match.*\n.*schedule.*\n.*validate/s);
    for (const command of ['match', 'schedule', 'validate']) expect(cuohe(command, '--help').code).toBe(0);
  });

  it('usage errors exit 2', () => {
    expect(cuohe('match', '--suppliers', 'x.csv').code).toBe(2);
    expect(cuohe('frobnicate').code).toBe(2);
  });

  it('match → schedule on the bundled CSV exports, with a one-screen summary', () => {
    // The sample holds profiles with only a description and keywords: the command infers their
    // codes; the few whose words give none are skipped, not the whole file.
    const match = cuohe(
      'match',
      '--suppliers',
      data('exhibitors.csv'),
      '--buyers',
      data('buyers.csv'),
      '--top',
      '5',
      '--as-of',
      '2026-11-22',
      '--out',
      'matches.csv',
      '--bom',
      '--skip-invalid',
    );
    expect(match.code).toBe(0);
    const [, ranked, buyers] = /(\d+) suppliers × (\d+) buyers ranked/.exec(match.out) ?? [];
    expect(Number(ranked)).toBeGreaterThan(1950);
    expect(Number(buyers)).toBeGreaterThan(290);
    const csv = readFileSync(join(dir, 'matches.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFbuyerId,buyerName,rank,supplierId')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(1000);

    const schedule = cuohe(
      'schedule',
      '--matches',
      'matches.csv',
      '--date',
      '2026-11-23',
      '--timezone',
      'Asia/Shanghai',
      '--tables',
      '40',
      '--max-meetings',
      '6',
      '--out',
      'day',
    );
    expect(schedule.code).toBe(0);
    expect(schedule.out).toMatch(/meetings in 16 slots/);
    const files = readdirSync(join(dir, 'day/agendas'));
    expect(files.some((f) => f.endsWith('.ics'))).toBe(true);
    const ics = readFileSync(join(dir, 'day/agendas', files.find((f) => f.endsWith('.ics'))!), 'utf8');
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'day/schedule.csv'))).toBe(true);
  }, 60_000);

  it('validate reports every bad row with file and line, and exits 1', () => {
    writeFileSync(
      join(dir, 'bad.csv'),
      'id,name,country,products\nS1,A,CN,8504x\nS2,B,XX,8504\nS3,C,CN\nS4,D,CN,850440\n',
    );
    const r = cuohe('validate', 'bad.csv');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.csv:2: products\.0: "8504x" is not an HS code/);
    expect(r.err).toMatch(/bad\.csv:3: country: "XX"/);
    expect(r.err).toMatch(/bad\.csv:4: has 3 cells/);
    expect(r.err).toMatch(/3 problems found/);
  });

  it('validates the GBK file with Chinese headers, and match --skip-invalid writes the rejects', () => {
    const gbk = cuohe('validate', data('exhibitors-gbk.csv'), '--columns', data('columns-zh.json'));
    // Every header and cell is read; the only rows reported are words-only profiles whose words give no code.
    const problems = gbk.err.split('\n').filter((line) => /^exhibitors-gbk\.csv:\d+:/.test(line));
    expect(problems.length).toBeLessThan(10);
    for (const problem of problems) expect(problem).toMatch(/: products: a supplier needs at least one product/);
    if (problems.length === 0) expect(gbk.out).toMatch(/500 suppliers, all valid/);
    else expect(gbk.code).toBe(1);
    const exhibitors = readFileSync(data('exhibitors.csv'), 'utf8').split('\n');
    const blanks = ','.repeat(exhibitors[0]!.split(',').length - 4);
    writeFileSync(join(dir, 'mixed.csv'), `${exhibitors.slice(0, 20).join('\n')}\nS9,Broken,ZZ,85${blanks}\n`);
    const r = cuohe(
      'match',
      '--suppliers',
      'mixed.csv',
      '--buyers',
      data('buyers.csv'),
      '--skip-invalid',
      '--rejects',
      'rejects.csv',
      '--as-of',
      '2026-11-22',
    );
    expect(r.code).toBe(0);
    // The broken row, and any sample buyer whose words give no code.
    expect(r.out).toMatch(/19 suppliers × \d+ buyers ranked/);
    expect(r.out).toMatch(/\d+ invalid rows skipped/);
    expect(readFileSync(join(dir, 'rejects.csv'), 'utf8')).toMatch(/ZZ"+ is not an ISO 3166-1/);
  });
});

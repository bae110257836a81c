/** The CLI's outputs: all or nothing, no stale files, never over an input; option values are usage errors. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/report.js';
import { parseSuppliers, ValidationError } from '../../src/index.js';
import { cuoheIn, data, freshDir } from '../cli/run-cli.js';

const SUPPLIERS = 'id,name,country,products\nS1,Shenzhen Power,CN,850440\nS2,Hanoi Cable,VN,850440\n';
const BUYERS = 'id,name,country,wants\nB1,Berlin Energy,DE,850440\nB2,Lyon Retail,FR,850440\n';

function fair(dir: string) {
  writeFileSync(join(dir, 's.csv'), SUPPLIERS);
  writeFileSync(join(dir, 'b.csv'), BUYERS);
}

describe('atomic outputs', () => {
  it('a rerun of schedule into the same folder leaves no stale agendas', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'm1.csv'), 'buyerId,supplierId,score\nB1,S1,0.9\nB2,S2,0.8\nB3,S3,0.7\n');
    writeFileSync(join(dir, 'm2.csv'), 'buyerId,supplierId,score\nB1,S1,0.9\n');
    const args = ['--date', '2026-11-23', '--timezone', 'Asia/Shanghai', '--count', '2', '--out', 'day'];
    expect(cuoheIn(dir, ['schedule', '--matches', 'm1.csv', ...args]).code).toBe(0);
    expect(readdirSync(join(dir, 'day/agendas'))).toHaveLength(12);
    expect(cuoheIn(dir, ['schedule', '--matches', 'm2.csv', ...args]).code).toBe(0);
    expect(readdirSync(join(dir, 'day/agendas')).sort()).toEqual([
      'buyer-B1.csv',
      'buyer-B1.ics',
      'supplier-S1.csv',
      'supplier-S1.ics',
    ]);
    expect(readdirSync(join(dir, 'day')).sort()).toEqual(['agendas', 'schedule.csv']);
  });

  it('a failing rerun leaves the previous output intact, and writes no rejects', () => {
    const dir = freshDir();
    fair(dir);
    expect(
      cuoheIn(dir, ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--as-of', '2026-11-22', '--out', 'm.csv'])
        .code,
    ).toBe(0);
    const before = readFileSync(join(dir, 'm.csv'), 'utf8');
    // Valid rows plus a bad one, skipped into rejects, then the run fails on an unknown weight.
    writeFileSync(join(dir, 'b2.csv'), `${BUYERS}B3,Bad,XX,850440\n`);
    const r = cuoheIn(dir, [
      'match',
      '--suppliers',
      's.csv',
      '--buyers',
      'b2.csv',
      '--skip-invalid',
      '--rejects',
      'rejects.csv',
      '--weights',
      'industy=0.5',
      '--out',
      'm.csv',
    ]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'm.csv'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'rejects.csv'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    // A rerun without rejects empties an earlier rejects file instead of leaving it.
    expect(
      cuoheIn(dir, [
        'match',
        '--suppliers',
        's.csv',
        '--buyers',
        'b2.csv',
        '--skip-invalid',
        '--rejects',
        'rejects.csv',
        '--as-of',
        '2026-11-22',
      ]).code,
    ).toBe(0);
    expect(readFileSync(join(dir, 'rejects.csv'), 'utf8')).toMatch(/XX/);
    expect(
      cuoheIn(dir, [
        'match',
        '--suppliers',
        's.csv',
        '--buyers',
        'b.csv',
        '--skip-invalid',
        '--rejects',
        'rejects.csv',
        '--as-of',
        '2026-11-22',
      ]).code,
    ).toBe(0);
    expect(readFileSync(join(dir, 'rejects.csv'), 'utf8')).toBe('file,line,problems\r\n');
  });

  it('never overwrites an input file', () => {
    const dir = freshDir();
    fair(dir);
    const r = cuoheIn(dir, ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--out', './s.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out: would overwrite the input file of --suppliers/);
    expect(readFileSync(join(dir, 's.csv'), 'utf8')).toBe(SUPPLIERS);
    expect(
      cuoheIn(dir, ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--skip-invalid', '--rejects', 'b.csv']).code,
    ).toBe(2);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(BUYERS);
  });
});

describe('smaller items', () => {
  it('validate of a one-line junk file or a header-only file exits 1', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'junk.csv'), 'lorem ipsum\n');
    writeFileSync(join(dir, 'header.csv'), 'id,name,country,products\n');
    for (const f of ['junk.csv', 'header.csv']) {
      const r = cuoheIn(dir, ['validate', f]);
      expect({ f, code: r.code }).toEqual({ f, code: 1 });
      expect(r.out).not.toMatch(/all valid/);
    }
  });

  it('invalid option values are usage errors (exit 2), --kind foo included', () => {
    const dir = freshDir();
    fair(dir);
    for (const args of [
      ['validate', 's.csv', '--kind', 'foo'],
      ['validate', 's.csv', '--encoding', 'klingon'],
      ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--top', 'abc'],
      ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--min-score', '2'],
      ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--locale', 'fr'],
      ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--weights', 'region=x'],
      ['schedule', '--matches', 's.csv', '--date', '2026-11-23', '--timezone', 'Mars/Olympus'],
      ['schedule', '--matches', 's.csv', '--date', '2026-11-23', '--timezone', 'Asia/Shanghai', '--tables', '0'],
      ['schedule', '--matches', 's.csv'],
    ]) {
      expect({ args, code: cuoheIn(dir, args).code }).toEqual({ args, code: 2 });
    }
  }, 240_000);

  it('terminal escape sequences in names do not reach the terminal', () => {
    const dir = freshDir();
    writeFileSync(
      join(dir, 's.csv'),
      'id,name,country,products\nS1,"Evil\u001b]0;pwned\u0007\u001b[2J Co",CN,850440\n',
    );
    writeFileSync(join(dir, 'b.csv'), 'id,name,country,wants\n"B\u001b[31m1",Berlin,DE,850440\n');
    const r = cuoheIn(dir, ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--as-of', '2026-11-22']);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).not.toContain('\u0007');
    expect(r.out).toContain('Evil\\u{1b}]0;pwned\\u{7}');
    expect(printable('a\u202eb\u0000c\nd\te')).toBe('a\\u{202e}b\\u{0}c\nd\te');
  });

  it('a throwing getter or Proxy is a ValidationError naming the record', () => {
    const row = { id: 'S2', name: 'B', country: 'CN', products: ['8504'] };
    const trap = Object.defineProperty({ ...row }, 'name', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    let error: unknown;
    try {
      parseSuppliers([row, trap]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toMatchObject([{ path: [1], code: 'unreadable' }]);
    expect((error as ValidationError).issues).toHaveLength(1);
    const proxy = new Proxy([row], {
      get: () => {
        throw new Error('trap');
      },
    });
    expect(() => parseSuppliers(proxy)).toThrow(ValidationError);
    const ownKeys = new Proxy(
      { ...row },
      {
        ownKeys: () => {
          throw new Error('keys');
        },
      },
    );
    expect(() => parseSuppliers([ownKeys])).toThrow(ValidationError);
  });

  it('the bundled fair still matches end to end', () => {
    const dir = freshDir();
    // A few sample rows give only words from which no code can be inferred: skipped, as the README shows.
    expect(
      cuoheIn(dir, [
        'match',
        '--suppliers',
        data('exhibitors.csv'),
        '--buyers',
        data('buyers.csv'),
        '--top',
        '2',
        '--as-of',
        '2026-11-22',
        '--skip-invalid',
      ]).code,
    ).toBe(0);
  });
});

/** Formula neutralising round-trips exactly, and covers full-width and space-led formulas. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readStrictCsvTable } from '../../src/io/csv-table.js';
import { csvCell, readCell, readMatchesCsv, toCsv } from '../../src/io/index.js';
import { cuoheIn, DAY, freshDir } from '../cli/run-cli.js';

const unquote = (cell: string) => (Papa.parse<string[]>(cell, { delimiter: ',' }).data[0] ?? [''])[0]!;

describe('formula cells', () => {
  it('property: readCell(csvCell(text)) is text, and no exported cell starts a formula (500 runs)', () => {
    const risky = fc.stringMatching(/^['\s=+\-@＝＋－＠\t\r]{0,4}[A-Za-z0-9 (),]{0,6}$/);
    fc.assert(
      fc.property(fc.oneof(risky, fc.string()), (text) => {
        const written = unquote(csvCell(text));
        expect(readCell(written)).toBe(text);
        expect(written.trimStart()).not.toMatch(/^[=+\-@＝＋－＠]/);
        if (/^[\t\r]/.test(written)) expect.unreachable();
      }),
      { numRuns: 500 },
    );
  });

  it('full-width ＝ and space-then-= are neutralised', () => {
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('  =HYPERLINK("x")')).toBe(`"'  =HYPERLINK(""x"")"`);
    expect(csvCell('－5')).toBe("'－5");
    expect(csvCell(-5)).toBe('-5');
  });

  it('ids like -S1 come back from a matches CSV unchanged', () => {
    const csv = toCsv(['buyerId', 'supplierId', 'score'], [['=B1', '-S1', 0.5]]);
    expect(csv).toContain("'=B1,'-S1");
    expect(readMatchesCsv(csv)).toEqual([{ buyerId: '=B1', supplierId: '-S1', score: 0.5 }]);
    expect(readStrictCsvTable("id\n'-S1\n''-S2\n").rows.map((r) => r.cells.id)).toEqual(['-S1', "'-S2"]);
  });

  it('cuohe: a participants file limit (maxMeetings 0) applies to supplier -S1 after match → schedule', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 's.csv'), 'id,name,country,products\n-S1,Minus Co,CN,850440\n+S2,Plus Co,VN,850440\n');
    writeFileSync(join(dir, 'b.csv'), 'id,name,country,wants\nB1,Berlin Energy,DE,850440\n');
    expect(
      cuoheIn(dir, ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--as-of', '2026-11-22', '--out', 'm.csv'])
        .code,
    ).toBe(0);
    expect(readFileSync(join(dir, 'm.csv'), 'utf8')).toContain("'-S1");
    writeFileSync(join(dir, 'p.csv'), 'id,side,maxMeetings\n-S1,supplier,0\n');
    const r = cuoheIn(dir, ['schedule', '--matches', 'm.csv', '--participants', 'p.csv', ...DAY, '--out', 'day']);
    expect(r.code).toBe(0);
    const schedule = readFileSync(join(dir, 'day/schedule.csv'), 'utf8');
    expect(schedule).toMatch(/scheduled,\d,[^\r\n]*,B1,'\+S2/);
    expect(schedule).not.toMatch(/^scheduled,[^\r\n]*'-S1/m);
    expect(r.out).toMatch(/^1 meetings/);
  });
});

/** Line numbers are those a text editor shows: blank and `,,,` rows count, and CR LF / LF / CR may be mixed. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvTable, readSuppliersCsv } from '../../src/io/index.js';
import { cuoheIn, freshDir } from '../cli/run-cli.js';
import { validationIssues } from '../validation-issues.js';

describe('CSV line numbers', () => {
  it('count blank and ,,, rows', () => {
    const csv = 'id,name,country,products\n\nS1,A,CN,8504\n,,,\n   \nS2,B,XX,8504\n';
    const issues = validationIssues(() => readSuppliersCsv(csv, { file: 'f.csv' }));
    expect(issues).toEqual([expect.objectContaining({ path: ['f.csv', 'line 6', 'country'] })]);
    expect(readCsvTable(csv).rows.map((r) => r.line)).toEqual([3, 6]);
  });

  it('mixed CR LF, LF and CR endings are separate rows with their own lines', () => {
    const csv = 'id,name,country,products\r\nS1,A,CN,8504\nS2,B,XX,8504\rS3,C,CN,8504x\r\nS4,D,CN,8504\r';
    expect(readCsvTable(csv).rows.map((r) => [r.line, r.cells.id])).toEqual([
      [2, 'S1'],
      [3, 'S2'],
      [4, 'S3'],
      [5, 'S4'],
    ]);
    const issues = validationIssues(() => readSuppliersCsv(csv, { file: 'f.csv' }));
    expect(issues.map((i) => i.path.slice(0, 3))).toEqual([
      ['f.csv', 'line 3', 'country'],
      ['f.csv', 'line 4', 'products'],
    ]);
  });

  it("property: a row's line is where its id sits, whatever blank rows and endings surround it (300 runs)", () => {
    const ending = fc.constantFrom('\r\n', '\n', '\r');
    // (An empty line right after a lone CR would make a CR LF pair: the unit tests above cover empty lines.)
    const filler = fc.constantFrom(',,,', '  ', ' , , , ', '\t');
    const row = fc.record({
      blanks: fc.array(fc.tuple(filler, ending), { maxLength: 2 }),
      end: ending,
      multiline: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), ending, (rows, headerEnd) => {
        let text = `id,name,country,products${headerEnd}`;
        const expected: [number, string][] = [];
        let line = 2;
        rows.forEach((r, i) => {
          for (const [fill, end] of r.blanks) {
            text += fill + end;
            line++;
          }
          expected.push([line, `S${i}`]);
          text += `S${i},${r.multiline ? '"Two\nlines"' : 'One'},CN,8504${r.end}`;
          line += r.multiline ? 2 : 1;
        });
        expect(readCsvTable(text).rows.map((x) => [x.line, x.cells.id])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('cuohe validate reports the editor line after blank rows', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'f.csv'), 'id,name,country,products\r\n,,,\r\n\r\nS1,A,XX,8504\r\n');
    const r = cuoheIn(dir, ['validate', 'f.csv']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/f\.csv:4: country/);
  });
});

/**
 * Spreadsheet-safe CSV (RFC 4180). Cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @ — also after spaces, and in their full-width forms ＝ ＋ － ＠ —
 * or with a tab or CR) get a leading apostrophe; an optional UTF-8 BOM makes Excel read
 * Chinese text correctly. Reading takes exactly that apostrophe off again (`readCell`), so
 * an id like `-S1` comes back as `-S1`.
 */
const FORMULA_START = /^'*(\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/;

/**
 * The text of a cell as written by `csvCell`: a neutralising apostrophe comes off.
 * @example
 * readCell("'-S1"); // '-S1'
 * readCell(csvCell('=1+1')) === '=1+1'; // true
 */
export function readCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * One value as a CSV cell: quoted when it holds a comma, quote or line break, and with a leading
 * apostrophe when a spreadsheet would run it as a formula. Numbers are written as they are.
 * @example
 * csvCell('=HYPERLINK("x")'); // `"'=HYPERLINK(""x"")"`
 * csvCell(-5); // '-5'
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  // Apostrophes already in front are counted too, so readCell(csvCell(x)) is x for every text.
  if (FORMULA_START.test(text) && !(typeof value === 'number')) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as spreadsheet-safe CSV: the header, then one line per row (CRLF), every cell through
 * {@link csvCell}; `bom` starts the text with a UTF-8 byte-order mark for Excel.
 * @example
 * toCsv(['id', 'name'], [['S1', '佛山电机'], ['S2', '=cmd']], { bom: true });
 * // '\uFEFFid,name\r\nS1,佛山电机\r\nS2,\'=cmd\r\n'
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: { bom?: boolean } = {},
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

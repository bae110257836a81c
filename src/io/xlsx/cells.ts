/**
 * The text of a spreadsheet cell as exceljs reads it, the way the CSV readers see a cell:
 * numbers in JavaScript's shortest form, date cells as calendar days (`2027-03-15`) or
 * local date-times without a zone, rich text joined, hyperlinks as their text, and a
 * formula as the value Excel computed and stored for it. A formula without a stored value
 * or an error value (`#N/A`) cannot be read as data: `problem` says so.
 * @example
 * const text: CellText = cellText({ formula: 'A1*2', result: 4 }); // '4'
 */
export type CellText = string | { problem: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** exceljs reads date cells as instants whose UTC fields are the spreadsheet's wall clock. */
function dateText(date: Date): CellText {
  if (Number.isNaN(date.getTime())) return { problem: 'holds an invalid date' };
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  return seconds === 0
    ? day
    : `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/**
 * The text of a cell value as exceljs reads it (see {@link CellText}).
 * @example
 * cellText(new Date(Date.UTC(2027, 2, 15))); // '2027-03-15'
 * cellText({ richText: [{ text: '佛山' }, { text: '电机' }] }); // '佛山电机'
 */
export function cellText(value: unknown): CellText {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : { problem: `holds the number ${String(value)}` };
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    if ('error' in v) return { problem: `shows the error ${String(v.error)}` };
    if ('formula' in v || 'sharedFormula' in v) {
      if (v.result === undefined || v.result === null)
        return {
          problem: 'holds a formula without a stored value (save the file in a spreadsheet program, or paste values)',
        };
      return cellText(v.result);
    }
    if ('hyperlink' in v || 'text' in v) return cellText(v.text);
  }
  return { problem: 'holds a value that is not text, a number or a date' };
}

/**
 * Columns as spreadsheets name them: 1 → A, 27 → AA.
 * @example
 * columnLetter(1); // 'A'
 * columnLetter(28); // 'AB'
 */
export function columnLetter(index: number): string {
  let n = index;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

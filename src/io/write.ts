/** Matches and profiles to spreadsheet-safe CSV (formula injection neutralised, optional BOM) and back. */
import { COMPONENTS, type Match } from '../model/types.js';
import { ValidationError } from '../model/validation-error.js';
import { toCsv } from '../schedule/csv.js';
import type { CandidatePair } from '../schedule/types.js';
import { type CsvRow, readStrictCsvTable } from './csv-table.js';

export interface MatchesCsvOptions {
  /** Display names by id (both sides; see `buyerNames` / `supplierNames`). */
  names?: Record<string, string>;
  /** Buyers' names by id; before `names` (ids are per side: buyer 1 is not supplier 1). */
  buyerNames?: Record<string, string>;
  /** Suppliers' names by id; before `names`. */
  supplierNames?: Record<string, string>;
  /** Start with a UTF-8 byte-order mark so Excel reads Chinese text correctly. */
  bom?: boolean;
}

export const MATCH_COLUMNS = [
  'buyerId',
  'buyerName',
  'rank',
  'supplierId',
  'supplierName',
  'score',
  'mutual',
  ...COMPONENTS,
  'excluded',
  'reasons',
] as const;

/**
 * The cells of the matches table (`MATCH_COLUMNS`), one row per match, best first per buyer:
 * scores rounded to 6 places and components to 4, as text; the rank as a number.
 * @internal shared by `matchesToCsv` and `matchesToXlsx`
 */
export function matchCells(
  ranked: Map<string, Match[]> | Match[],
  options: Omit<MatchesCsvOptions, 'bom'> = {},
): (string | number)[][] {
  const has = (names: Record<string, string> | undefined, id: string) =>
    names !== undefined && Object.hasOwn(names, id);
  const name = (own: Record<string, string> | undefined, id: string) =>
    has(own, id) ? own![id]! : has(options.names, id) ? options.names![id]! : '';
  const lists = ranked instanceof Map ? [...ranked.values()] : [ranked];
  return lists.flatMap((matches) =>
    matches.map((m, i) => [
      m.buyerId,
      name(options.buyerNames, m.buyerId),
      i + 1,
      m.supplierId,
      name(options.supplierNames, m.supplierId),
      m.score.toFixed(6),
      m.mutual.score.toFixed(6),
      ...COMPONENTS.map((c) => (m.components[c] === null ? '' : m.components[c]!.toFixed(4))),
      m.excluded.join(';'),
      m.reasons.join(' | '),
    ]),
  );
}

/** Rankings (e.g. from `rankAll`) as one CSV row per match, best first per buyer. */
export function matchesToCsv(ranked: Map<string, Match[]> | Match[], options: MatchesCsvOptions = {}): string {
  return toCsv(MATCH_COLUMNS, matchCells(ranked, options), { bom: options.bom ?? false });
}

/**
 * Candidate pairs from a matches CSV (columns `buyerId`, `supplierId` and `mutual` or
 * `score`), for `scheduleMeetings`. The mutual score is preferred: both sides must gain.
 */
export function readMatchesCsv(text: string, file = 'matches'): CandidatePair[] {
  return readMatchesTable(readStrictCsvTable(text, file), file);
}

/**
 * Candidate pairs from rows of named cells (a CSV table or a worksheet); `where` names a row
 * in messages (`line 5` in a CSV file, `row 5` in a spreadsheet).
 * @internal
 */
export function readMatchesTable(
  table: { header: string[]; rows: CsvRow[] },
  file: string,
  where = (line: number) => `line ${line}`,
): CandidatePair[] {
  const { header, rows } = table;
  const scoreColumn = header.includes('mutual') ? 'mutual' : 'score';
  for (const column of ['buyerId', 'supplierId', scoreColumn]) {
    if (!header.includes(column))
      throw new ValidationError([{ path: [file, where(1)], message: `missing column "${column}"` }]);
  }
  const issues: { path: (string | number)[]; message: string }[] = [];
  const pairs = rows.map((r) => {
    const score = Number(r.cells[scoreColumn]);
    if (!r.cells.buyerId || !r.cells.supplierId)
      issues.push({ path: [file, where(r.line)], message: 'buyerId and supplierId are required' });
    if (r.cells[scoreColumn]?.trim() === '' || !Number.isFinite(score))
      issues.push({ path: [file, where(r.line), scoreColumn], message: `"${r.cells[scoreColumn]}" is not a number` });
    return { buyerId: r.cells.buyerId!, supplierId: r.cells.supplierId!, score };
  });
  if (issues.length) throw new ValidationError(issues, `${file}: invalid rows`);
  return pairs;
}

/**
 * Profiles in the default column layout: `origins` as two list columns, lists joined with
 * `;`, lists of objects (codes inferred from words) as JSON, numbers as numbers.
 * @internal shared by `profilesToCsv` and `profilesToXlsx`
 */
export function profileCells(profiles: readonly object[]): { columns: string[]; rows: unknown[][] } {
  const columns: string[] = [];
  for (const p of profiles) for (const key of Object.keys(p)) if (!columns.includes(key)) columns.push(key);
  const flat = columns.flatMap((c) => (c === 'origins' ? ['originsInclude', 'originsExclude'] : [c]));
  // Lists of objects (codes inferred from words: `{ code, from }`) go out as JSON, read back by rowToRecord.
  const cell = (v: unknown) =>
    Array.isArray(v)
      ? v.some((x) => typeof x === 'object')
        ? JSON.stringify(v)
        : v.join(';')
      : v === undefined
        ? ''
        : v;
  const rows = profiles.map((p) => {
    const r = p as Record<string, unknown>;
    return flat.map((c) => {
      if (c === 'originsInclude') return cell((r.origins as { include?: string[] } | undefined)?.include);
      if (c === 'originsExclude') return cell((r.origins as { exclude?: string[] } | undefined)?.exclude);
      return cell(r[c]);
    });
  });
  return { columns: flat, rows };
}

/** Profiles back to CSV in the default column layout (lists joined with `;`; inferred codes as JSON). */
export function profilesToCsv(profiles: readonly object[], options: { bom?: boolean } = {}): string {
  const { columns, rows } = profileCells(profiles);
  return toCsv(columns, rows, options);
}

/** Matches and profiles to spreadsheet-safe CSV (formula injection neutralised, optional BOM) and back. */
import { COMPONENTS, type Match } from '../model/types.js';
import { ValidationError } from '../model/validation-error.js';
import { toCsv } from '../schedule/csv.js';
import type { CandidatePair } from '../schedule/types.js';
import { readStrictCsvTable } from './csv-table.js';

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

export const MATCH_COLUMNS = ['buyerId', 'buyerName', 'rank', 'supplierId', 'supplierName', 'score', 'mutual', ...COMPONENTS, 'excluded', 'reasons'] as const;

/** Rankings (e.g. from `rankAll`) as one CSV row per match, best first per buyer. */
export function matchesToCsv(ranked: Map<string, Match[]> | Match[], options: MatchesCsvOptions = {}): string {
  const has = (names: Record<string, string> | undefined, id: string) => names !== undefined && Object.prototype.hasOwnProperty.call(names, id);
  const name = (own: Record<string, string> | undefined, id: string) => (has(own, id) ? own![id] : has(options.names, id) ? options.names![id] : '');
  const lists = ranked instanceof Map ? [...ranked.values()] : [ranked];
  const rows = lists.flatMap((matches) =>
    matches.map((m, i) => [
      m.buyerId, name(options.buyerNames, m.buyerId), i + 1, m.supplierId, name(options.supplierNames, m.supplierId), m.score.toFixed(6), m.mutual.score.toFixed(6),
      ...COMPONENTS.map((c) => (m.components[c] === null ? '' : m.components[c]!.toFixed(4))),
      m.excluded.join(';'), m.reasons.join(' | '),
    ]),
  );
  return toCsv(MATCH_COLUMNS, rows, { bom: options.bom ?? false });
}

/**
 * Candidate pairs from a matches CSV (columns `buyerId`, `supplierId` and `mutual` or
 * `score`), for `scheduleMeetings`. The mutual score is preferred: both sides must gain.
 */
export function readMatchesCsv(text: string, file = 'matches'): CandidatePair[] {
  const { header, rows } = readStrictCsvTable(text, file);
  const scoreColumn = header.includes('mutual') ? 'mutual' : 'score';
  for (const column of ['buyerId', 'supplierId', scoreColumn]) {
    if (!header.includes(column)) throw new ValidationError([{ path: [file, 'line 1'], message: `missing column "${column}"` }]);
  }
  const issues: { path: (string | number)[]; message: string }[] = [];
  const pairs = rows.map((r) => {
    const score = Number(r.cells[scoreColumn]);
    if (!r.cells.buyerId || !r.cells.supplierId) issues.push({ path: [file, `line ${r.line}`], message: 'buyerId and supplierId are required' });
    if (!Number.isFinite(score)) issues.push({ path: [file, `line ${r.line}`, scoreColumn], message: `"${r.cells[scoreColumn]}" is not a number` });
    return { buyerId: r.cells.buyerId!, supplierId: r.cells.supplierId!, score };
  });
  if (issues.length) throw new ValidationError(issues, `${file}: invalid rows`);
  return pairs;
}

/** Profiles back to CSV in the default column layout (lists joined with `;`; inferred codes as JSON). */
export function profilesToCsv(profiles: readonly object[], options: { bom?: boolean } = {}): string {
  const columns: string[] = [];
  for (const p of profiles) for (const key of Object.keys(p)) if (!columns.includes(key)) columns.push(key);
  const flat = columns.flatMap((c) => (c === 'origins' ? ['originsInclude', 'originsExclude'] : [c]));
  // Lists of objects (codes inferred from words: `{ code, from }`) go out as JSON, read back by rowToRecord.
  const cell = (v: unknown) => (Array.isArray(v) ? (v.some((x) => typeof x === 'object') ? JSON.stringify(v) : v.join(';')) : v === undefined ? '' : v);
  const rows = profiles.map((p) => {
    const r = p as Record<string, unknown>;
    return flat.map((c) => {
      if (c === 'originsInclude') return cell((r.origins as { include?: string[] } | undefined)?.include);
      if (c === 'originsExclude') return cell((r.origins as { exclude?: string[] } | undefined)?.exclude);
      return cell(r[c]);
    });
  });
  return toCsv(flat, rows, options);
}

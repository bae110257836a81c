/** Matches and profiles to spreadsheet-safe CSV (formula injection neutralised, optional BOM). */
import { COMPONENTS, type Match } from '../model/types.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import { toCsv } from './csv.js';
import type { MatchesCsvOptions } from './types.js';

/**
 * The columns of {@link matchesToCsv} (and of the matches worksheet of `cuohe/xlsx`), in order:
 * ids and names of both sides, the rank, the score and the mutual score, the seven component
 * scores, the exclusion codes and the reasons.
 * @example
 * const header = matchesToCsv(ranked).split('\r\n')[0]; // MATCH_COLUMNS.join(',')
 */
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
  checkMatches(ranked);
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

const isFiniteNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/** The fields of each match the table reads: anything else is a ValidationError naming the match and field. */
function checkMatches(ranked: unknown): void {
  if (!(ranked instanceof Map) && !Array.isArray(ranked))
    throw new ValidationError([issue(['ranked'], 'wrong-type', 'must be a list of matches or a Map of them by buyer')]);
  const issues: ValidationIssue[] = [];
  const lists: [(string | number)[], unknown][] =
    ranked instanceof Map ? [...ranked].map(([key, list]) => [['ranked', String(key)], list]) : [[['ranked'], ranked]];
  for (const [at, list] of lists) {
    if (!Array.isArray(list)) {
      issues.push(issue(at, 'wrong-type', { expected: 'a list' }));
      continue;
    }
    list.forEach((m: unknown, i) => {
      const path = [...at, i];
      if (m === null || typeof m !== 'object')
        return void issues.push(issue(path, 'wrong-type', { expected: 'an object' }));
      const r = m as Record<string, unknown>;
      for (const id of ['buyerId', 'supplierId'])
        if (typeof r[id] !== 'string') issues.push(issue([...path, id], 'wrong-type', { expected: 'text' }));
      if (!isFiniteNumber(r.score)) issues.push(issue([...path, 'score'], 'not-a-number', 'must be a finite number'));
      if (!isFiniteNumber((r.mutual as { score?: unknown } | undefined)?.score))
        issues.push(issue([...path, 'mutual', 'score'], 'not-a-number', 'must be a finite number'));
      const components = r.components as Record<string, unknown> | undefined;
      if (components === null || typeof components !== 'object')
        issues.push(issue([...path, 'components'], 'wrong-type', { expected: 'an object' }));
      else
        for (const c of COMPONENTS)
          if (components[c] !== null && !isFiniteNumber(components[c]))
            issues.push(issue([...path, 'components', c], 'not-a-number', 'must be a number or null'));
      for (const list of ['excluded', 'reasons'])
        if (!Array.isArray(r[list])) issues.push(issue([...path, list], 'wrong-type', { expected: 'a list' }));
    });
  }
  if (issues.length) throw new ValidationError(issues, 'invalid matches');
}

/**
 * Rankings (e.g. from `rankAll`) as one CSV row per match, best first per buyer, in the columns
 * of {@link MATCH_COLUMNS}.
 * @throws {ValidationError} when a match lacks a field the table needs.
 * @example
 * writeFileSync('matches.csv', matchesToCsv(engine.rankAll(buyers, { limit: 10 }), { bom: true }));
 */
export function matchesToCsv(ranked: Map<string, Match[]> | Match[], options: MatchesCsvOptions = {}): string {
  return toCsv(MATCH_COLUMNS, matchCells(ranked, options), { bom: options.bom ?? false });
}

/**
 * Profiles in the default column layout: `origins` as two list columns, lists joined with
 * `;`, lists of objects (codes inferred from words) as JSON, numbers as numbers.
 * @internal shared by `profilesToCsv` and `profilesToXlsx`
 */
export function profileCells(profiles: readonly object[]): { columns: string[]; rows: unknown[][] } {
  if (!Array.isArray(profiles))
    throw new ValidationError([issue(['profiles'], 'wrong-type', 'must be a list of profiles')]);
  const notObjects = profiles.flatMap((p: unknown, i) =>
    p === null || typeof p !== 'object' || Array.isArray(p)
      ? [issue(['profiles', i], 'wrong-type', { expected: 'an object' })]
      : [],
  );
  if (notObjects.length) throw new ValidationError(notObjects, 'invalid profiles');
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

/**
 * Profiles back to CSV in the default column layout (lists joined with `;`; inferred codes as
 * JSON), which `readSuppliersCsv` / `readBuyersCsv` read back.
 * @throws {ValidationError} when `profiles` is not a list of objects.
 * @example
 * writeFileSync('suppliers.csv', profilesToCsv(parseSuppliers(rows), { bom: true }));
 */
export function profilesToCsv(profiles: readonly object[], options: { bom?: boolean } = {}): string {
  const { columns, rows } = profileCells(profiles);
  return toCsv(columns, rows, options);
}

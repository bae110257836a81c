/**
 * Where the matches are: eligible pairs and meetings counted by buyer country × HS chapter
 * (the chapter the buyer wants and the exhibitor offers), so under-served markets stand out.
 */
import type { Buyer, Supplier } from '../../model/types.js';
import { chapterOf } from '../../taxonomy/levels.js';
import type { ReportInput } from '../types.js';

export interface HeatTable {
  /** Buyer countries (alpha-2), most eligible pairs first; `OTHER` gathers the rest. */
  rows: string[];
  /** HS chapters (2 digits), most eligible pairs first; `OTHER` gathers the rest. */
  columns: string[];
  /** [row][column] counts. */
  eligible: number[][];
  met: number[][];
}

export const OTHER = 'OTHER';
const MAX_ROWS = 20;
const MAX_COLUMNS = 24;

const chapters = (codes: readonly string[] | undefined, inferred: readonly { code: string }[] | undefined) =>
  [...(codes ?? []), ...(inferred ?? []).map((c) => c.code)].map(chapterOf);

/** The pair's chapter: the first the buyer wants that the exhibitor offers, else the buyer's first. */
function pairChapter(buyer: Buyer, supplier: Supplier | undefined): string | undefined {
  const wanted = chapters(buyer.wants, buyer.inferredWants);
  if (supplier) {
    const offered = new Set(chapters(supplier.products, supplier.inferredProducts));
    const shared = wanted.find((c) => offered.has(c));
    if (shared) return shared;
  }
  return wanted[0];
}

/** Null without buyer profiles (no countries, no industries). */
export function heatTable(input: ReportInput): HeatTable | null {
  if (!input.buyers?.length) return null;
  const buyers = new Map(input.buyers.map((b) => [b.id, b]));
  const suppliers = new Map((input.suppliers ?? []).map((s) => [s.id, s]));
  const cellOf = (buyerId: string, supplierId: string): [string, string] | undefined => {
    const buyer = buyers.get(buyerId);
    const chapter = buyer && pairChapter(buyer, suppliers.get(supplierId));
    return buyer && chapter ? [buyer.country, chapter] : undefined;
  };
  const eligibleCells = input.pairs.map((p) => cellOf(p.buyerId, p.supplierId));
  const metCells = input.meetings.map((m) => cellOf(m.buyerId, m.supplierId));
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<string, number>();
  for (const cell of [...eligibleCells, ...metCells]) {
    if (!cell) continue;
    rowTotals.set(cell[0], (rowTotals.get(cell[0]) ?? 0) + 1);
    columnTotals.set(cell[1], (columnTotals.get(cell[1]) ?? 0) + 1);
  }
  // Most pairs first, ties by code: the same input always gives the same picture.
  const top = (totals: Map<string, number>, max: number) => {
    const sorted = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
    return sorted.length > max ? [...sorted.slice(0, max - 1), OTHER] : sorted;
  };
  const rows = top(rowTotals, MAX_ROWS);
  const columns = top(columnTotals, MAX_COLUMNS);
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const columnIndex = new Map(columns.map((c, i) => [c, i]));
  const count = (cells: ([string, string] | undefined)[]) => {
    const grid = rows.map(() => columns.map(() => 0));
    for (const cell of cells) {
      if (!cell) continue;
      const r = rowIndex.get(cell[0]) ?? rowIndex.get(OTHER)!;
      const c = columnIndex.get(cell[1]) ?? columnIndex.get(OTHER)!;
      grid[r]![c]!++;
    }
    return grid;
  };
  return { rows, columns, eligible: count(eligibleCells), met: count(metCells) };
}

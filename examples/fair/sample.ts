/**
 * The bundled sample fair (examples/fair/*.json), read as a fair's script reads its
 * registrations: raw rows; codes inferred from the words of rows that give none (only a
 * description and keywords); then profiles.
 */
import { readFileSync } from 'node:fs';
import { type Buyer, parseBuyers, parseSuppliers, type Supplier } from 'cuohe';
import { inferCodes } from 'cuohe/descriptions';

export type Row = Record<string, unknown>;

const has = (value: unknown) => Array.isArray(value) && value.length > 0;

/** Whether a row declares codes itself (HS products or wants, or ISIC activities). */
export function declaresCodes(row: Row): boolean {
  return has(row.products) || has(row.wants) || has(row.activities);
}

/** The sample's raw rows, as registered. */
export function readSampleRows(): { suppliers: Row[]; buyers: Row[] } {
  const read = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Row[];
  return { suppliers: read('suppliers.json'), buyers: read('buyers.json') };
}

/**
 * Rows ready for parsing: codes inferred where a row declares none. A row whose words give no
 * code either is left out (and counted) rather than failing the whole file.
 */
export function prepareRows(rows: Row[], side: 'supplier' | 'buyer'): { rows: Row[]; leftOut: number } {
  const field = side === 'supplier' ? 'inferredProducts' : 'inferredWants';
  const kept = inferCodes(rows, { side }).filter((row) => declaresCodes(row) || has(row[field]));
  return { rows: kept, leftOut: rows.length - kept.length };
}

/** Generated or registered rows as profiles (codes inferred where needed), with how many rows could not be used. */
export function profilesFromRows(rows: { suppliers: Row[]; buyers: Row[] }): {
  suppliers: Supplier[];
  buyers: Buyer[];
  leftOut: { suppliers: number; buyers: number };
} {
  const s = prepareRows(rows.suppliers, 'supplier');
  const b = prepareRows(rows.buyers, 'buyer');
  return {
    suppliers: parseSuppliers(s.rows),
    buyers: parseBuyers(b.rows),
    leftOut: { suppliers: s.leftOut, buyers: b.leftOut },
  };
}

/** The sample fair as profiles, with its raw rows and how many rows could not be used. */
export function loadSampleFair(): {
  suppliers: Supplier[];
  buyers: Buyer[];
  rows: { suppliers: Row[]; buyers: Row[] };
  leftOut: { suppliers: number; buyers: number };
} {
  const rows = readSampleRows();
  return { ...profilesFromRows(rows), rows };
}

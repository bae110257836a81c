/**
 * The bundled sample fair (examples/fair/*.json), read as a fair's script reads its
 * registrations: raw rows, then profiles. Rows that give no codes of their own (only a
 * description and keywords) need codes inferred from their words before parsing.
 */
import { readFileSync } from 'node:fs';
import { parseBuyers, parseSuppliers, type Buyer, type Supplier } from 'cuohe';

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
 * Rows ready for parsing. Without a code inference step in the library yet, rows that
 * declare no codes are left out (and counted).
 */
export function prepareRows(rows: Row[], _side: 'supplier' | 'buyer'): { rows: Row[]; leftOut: number } {
  const kept = rows.filter(declaresCodes);
  return { rows: kept, leftOut: rows.length - kept.length };
}

/** The sample fair as profiles, with how many rows could not be used. */
export function loadSampleFair(): { suppliers: Supplier[]; buyers: Buyer[]; rows: { suppliers: Row[]; buyers: Row[] }; leftOut: { suppliers: number; buyers: number } } {
  const rows = readSampleRows();
  const s = prepareRows(rows.suppliers, 'supplier');
  const b = prepareRows(rows.buyers, 'buyer');
  return { suppliers: parseSuppliers(s.rows), buyers: parseBuyers(b.rows), rows, leftOut: { suppliers: s.leftOut, buyers: b.leftOut } };
}

/** The public types of `cuohe/io`: rows, reading options, rejected rows, encodings. */
import type { ParseOutcomesOptions } from '../calibrate/outcomes.js';
import type { ValidationIssue } from '../model/validation-error.js';

/**
 * One data row of a CSV table: its line in the file and its cells by column name.
 * @example
 * const { rows } = readCsvTable('id,name\nS1,Foshan Motor\n');
 * rows[0]; // { line: 2, cells: { id: 'S1', name: 'Foshan Motor' } }
 */
export interface CsvRow {
  /** 1-based line of the row in the file (the header is line 1). */
  line: number;
  /** By column name; the apostrophe that exports put before formula-like cells is taken off. */
  cells: Record<string, string>;
}

/**
 * A text encoding {@link decodeBytes} reads; any other WHATWG label is tried as given.
 * @example
 * const encoding: Encoding = 'gb18030';
 */
export type Encoding = 'utf-8' | 'gb18030' | 'gbk' | 'windows-1252' | (string & {});

/**
 * How to read a profiles CSV: the file name for messages, column mapping and columns to leave out.
 * @example
 * const columns = { 企业名称: 'name', 国家: 'country' };
 * readSuppliersCsv(text, { file: 'exhibitors.csv', columns, ignoreColumns: ['booth'] });
 */
export interface ReadOptions {
  /** Header → field name, e.g. `{ '企业名称': 'name', 'HS codes': 'products' }`. */
  columns?: Record<string, string>;
  /** Keep the valid rows and return the others in `rejects` instead of throwing. */
  skipInvalid?: boolean;
  /** File name used in messages. */
  file?: string;
  /**
   * Runs on the raw records before validation, keeping their number and order — e.g.
   * `(rows) => inferCodes(rows, { side: 'supplier' })` from `cuohe/descriptions` to fill codes
   * from descriptions.
   */
  prepare?: (records: Record<string, unknown>[]) => unknown[];
  /**
   * Columns to leave out (e.g. `['email', 'booth']`). Any other column that is not a profile
   * field is an error, so a misspelt header (`originsExlude`) never drops a constraint.
   */
  ignoreColumns?: string[];
}

/**
 * A row that was not read as a profile: its line, its cells and why (validation issues).
 * @example
 * const { suppliers, rejects } = readSuppliersCsv(text, { skipInvalid: true });
 * for (const r of rejects) console.log(r.line, r.issues.map((i) => i.code));
 */
export interface Reject {
  line: number;
  cells: Record<string, string>;
  issues: ValidationIssue[];
}

/**
 * Names and the byte-order mark for {@link matchesToCsv}.
 * @example
 * matchesToCsv(ranked, { buyerNames: { B1: 'Nordic Retail AB' }, supplierNames: { S1: '佛山电机' }, bom: true });
 */
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

/**
 * Options of `readOutcomesCsv` and `readOutcomesJson`.
 * @example
 * const columns = { 采购商: 'buyerId', 供应商: 'supplierId', 结果: 'outcome' };
 * const options: ReadOutcomesOptions = { file: 'outcomes.csv', suppliers, buyers, columns };
 */
export interface ReadOutcomesOptions extends Omit<ParseOutcomesOptions, 'describeRecord'> {
  /** File name used in messages. */
  file?: string;
  /** Header → field name (CSV only), e.g. `{ '结果': 'outcome' }`. */
  columns?: Record<string, string>;
}

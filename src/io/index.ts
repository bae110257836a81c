/** `cuohe/io`: CSV and JSON import and export (no Node APIs; works in browsers). */

export { csvCell, readCell, toCsv } from './csv.js';
export { readCsvTable } from './csv-table.js';
export { decodeBytes } from './decode.js';
export { readMatchesCsv } from './matches-csv.js';
export { readOutcomesCsv, readOutcomesJson } from './outcomes.js';
export { readBuyersCsv, readSuppliersCsv, rowToRecord } from './profiles-csv.js';
export type { CsvRow, Encoding, MatchesCsvOptions, ReadOptions, ReadOutcomesOptions, Reject } from './types.js';
export { MATCH_COLUMNS, matchesToCsv, profilesToCsv } from './write.js';

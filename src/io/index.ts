/** `cuohe/io`: CSV and JSON import and export (no Node APIs; works in browsers). */

export { csvCell, readCell, toCsv } from './csv.js';
export { type CsvRow, readCsvTable } from './csv-table.js';
export { decodeBytes, type Encoding } from './decode.js';
export { readMatchesCsv } from './matches-csv.js';
export { type ReadOutcomesOptions, readOutcomesCsv, readOutcomesJson } from './outcomes.js';
export { type ReadOptions, type Reject, readBuyersCsv, readSuppliersCsv, rowToRecord } from './profiles-csv.js';
export { MATCH_COLUMNS, type MatchesCsvOptions, matchesToCsv, profilesToCsv } from './write.js';

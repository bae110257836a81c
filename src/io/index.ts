/** `cuohe/io`: CSV and JSON import and export (no Node APIs; works in browsers). */
export { decodeBytes, type Encoding } from './decode.js';
export { readCsvTable, readStrictCsvTable, type CsvRow } from './csv-table.js';
export { readSuppliersCsv, readBuyersCsv, rowToRecord, splitList, type ReadOptions, type Reject } from './profiles-csv.js';
export { matchesToCsv, readMatchesCsv, profilesToCsv, MATCH_COLUMNS, type MatchesCsvOptions } from './write.js';
export { csvCell, readCell, toCsv } from '../schedule/csv.js';
export { readOutcomesCsv, readOutcomesJson, type ReadOutcomesOptions } from './outcomes.js';

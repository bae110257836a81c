/** `cuohe/io`: CSV and JSON import and export (no Node APIs; works in browsers). */

export { csvCell, readCell, toCsv } from '../schedule/csv.js';
export { type CsvRow, readCsvTable, readStrictCsvTable } from './csv-table.js';
export { decodeBytes, type Encoding } from './decode.js';
export { type ReadOutcomesOptions, readOutcomesCsv, readOutcomesJson } from './outcomes.js';
export {
  type ReadOptions,
  type Reject,
  readBuyersCsv,
  readSuppliersCsv,
  rowToRecord,
  splitList,
} from './profiles-csv.js';
export { MATCH_COLUMNS, type MatchesCsvOptions, matchesToCsv, profilesToCsv, readMatchesCsv } from './write.js';

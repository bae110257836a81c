/**
 * `cuohe/xlsx`: Excel workbooks in and out (Node; exceljs). Profiles, matches, schedules and
 * agendas as .xlsx with a frozen header row and fitted column widths; every text is written as
 * text, never as a formula. Kept out of the core and out of the browser-safe `cuohe/io`.
 */

export { type CellText, cellText, columnLetter } from './cells.js';
export { type ReadXlsxOptions, readBuyersXlsx, readMatchesXlsx, readSuppliersXlsx } from './profiles.js';
export {
  forEachSheetBatch,
  readSheet,
  type SheetInfo,
  type SheetOptions,
  type SheetProblem,
  type XlsxInput,
} from './read.js';
export {
  csvToXlsx,
  displayWidth,
  matchesToXlsx,
  profilesToXlsx,
  type SheetTable,
  type SheetValue,
  tablesToXlsx,
} from './write.js';

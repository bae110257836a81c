/**
 * `cuohe/xlsx`: Excel workbooks in and out (Node; exceljs). Profiles, matches, schedules and
 * agendas as .xlsx with a frozen header row and fitted column widths; every text is written as
 * text, never as a formula. Kept out of the core and out of the browser-safe `cuohe/io`.
 */
export { readSheet, forEachSheetBatch, type XlsxInput, type SheetOptions, type SheetInfo, type SheetProblem } from './read.js';
export { readSuppliersXlsx, readBuyersXlsx, readMatchesXlsx, type ReadXlsxOptions } from './profiles.js';
export { tablesToXlsx, matchesToXlsx, profilesToXlsx, csvToXlsx, displayWidth, type SheetTable, type SheetValue } from './write.js';
export { cellText, columnLetter, type CellText } from './cells.js';

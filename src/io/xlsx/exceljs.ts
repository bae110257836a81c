/**
 * exceljs, loaded when a workbook is first read or written: loading it takes about as long as
 * a whole small CSV run, so commands that never touch a workbook do not pay for it.
 */
import type ExcelJSModule from 'exceljs';

let loaded: Promise<typeof ExcelJSModule> | undefined;

export function loadExcelJS(): Promise<typeof ExcelJSModule> {
  loaded ??= import('exceljs').then(
    (m) => (m as unknown as { default?: typeof ExcelJSModule }).default ?? (m as unknown as typeof ExcelJSModule),
  );
  return loaded;
}

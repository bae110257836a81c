/** `cuohe validate`: report every problem of a profile file, row by row, before the event. */
import { readText } from '../load.js';
import { loadProfiles } from '../load.js';
import { readCsvTable } from '../../io/csv-table.js';
import { extname, basename } from 'node:path';
import { ValidationError } from '../../model/validation-error.js';
import { say } from '../report.js';

export interface ValidateOptions {
  kind?: 'suppliers' | 'buyers';
  encoding?: string;
  columns?: string;
  ignoreColumns?: string;
}

/** Buyers files have a `wants` column (or field); everything else is read as suppliers. */
function detectKind(path: string, encoding?: string): 'suppliers' | 'buyers' {
  const text = readText(path, encoding);
  if (extname(path).toLowerCase() === '.json') return /"wants"\s*:/.test(text) ? 'buyers' : 'suppliers';
  return readCsvTable(text, basename(path)).header.includes('wants') ? 'buyers' : 'suppliers';
}

export function runValidate(path: string, o: ValidateOptions): number {
  const kind = o.kind ?? detectKind(path, o.encoding);
  const { profiles } = loadProfiles(kind as 'suppliers', path, { ...(o.encoding ? { encoding: o.encoding } : {}), ...(o.columns ? { columns: o.columns } : {}), ...(o.ignoreColumns ? { ignoreColumns: o.ignoreColumns } : {}) });
  // A file without a single record is not "all valid": it is the wrong file, or junk.
  if (profiles.length === 0) throw new ValidationError([{ path: [basename(path)], message: `no ${kind.slice(0, -1)} records (only a header, or nothing that reads as one)` }]);
  say(`${basename(path)}: ${profiles.length} ${kind}, all valid\n`);
  return 0;
}

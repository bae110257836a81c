/** `cuohe validate`: report every problem of a profile file, row by row, before the event. */
import { loadProfiles, readStart } from '../load.js';
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
  const start = readStart(path, encoding);
  if (extname(path).toLowerCase() === '.json') return /"wants"\s*:/.test(start) ? 'buyers' : 'suppliers';
  const header = start.split(/\r\n?|\n/).find((l) => l.trim()) ?? '';
  return header.split(',').some((c) => c.trim().replace(/^"|"$/g, '') === 'wants') ? 'buyers' : 'suppliers';
}

export function runValidate(path: string, o: ValidateOptions): number {
  const kind = o.kind ?? detectKind(path, o.encoding);
  // Streamed, and nothing kept but the count: a file larger than memory validates too.
  const { count } = loadProfiles(kind as 'suppliers', path, { ...(o.encoding ? { encoding: o.encoding } : {}), ...(o.columns ? { columns: o.columns } : {}), ...(o.ignoreColumns ? { ignoreColumns: o.ignoreColumns } : {}) }, false);
  // A file without a single record is not "all valid": it is the wrong file, or junk.
  if (count === 0) throw new ValidationError([{ path: [basename(path)], message: `no ${kind.slice(0, -1)} records (only a header, or nothing that reads as one)` }]);
  say(`${basename(path)}: ${count} ${kind}, all valid\n`);
  return 0;
}

/** `cuohe validate`: report every problem of a profile file, row by row, before the event. */

import { basename, extname } from 'node:path';
import { issue, ValidationError } from '../../model/validation-error.js';
import { columnMap, loadProfilesFrom, readHeader, readStart } from '../load.js';
import { say } from '../report.js';

export interface ValidateOptions {
  kind?: 'suppliers' | 'buyers';
  encoding?: string;
  columns?: string;
  ignoreColumns?: string;
  sheet?: string;
  /** Language of the summary and of the problems reported. */
  locale?: 'en' | 'zh';
}

/**
 * Buyers files have a `wants` column (or field), also through the `--columns` map (a header
 * "采购需求" mapped to `wants`); everything else is read as suppliers.
 */
async function detectKind(path: string, o: ValidateOptions): Promise<'suppliers' | 'buyers'> {
  if (extname(path).toLowerCase() === '.json')
    return /"wants"\s*:/.test(readStart(path, o.encoding)) ? 'buyers' : 'suppliers';
  const header = (await readHeader(path, o)) ?? [];
  const columns = columnMap(o.columns) ?? {};
  const field = (name: string) => (Object.hasOwn(columns, name) ? columns[name]! : name);
  return header.some((name) => field(name) === 'wants' || field(name) === 'inferredWants') ? 'buyers' : 'suppliers';
}

export async function runValidate(path: string, o: ValidateOptions): Promise<number> {
  const kind = o.kind ?? (await detectKind(path, o));
  // Streamed, and nothing kept but the count: a file larger than memory validates too.
  const { count } = await loadProfilesFrom(
    kind,
    path,
    {
      ...(o.encoding ? { encoding: o.encoding } : {}),
      ...(o.columns ? { columns: o.columns } : {}),
      ...(o.ignoreColumns ? { ignoreColumns: o.ignoreColumns } : {}),
      ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
    },
    false,
  );
  // A file without a single record is not "all valid": it is the wrong file, or junk.
  if (count === 0)
    throw new ValidationError([issue([basename(path)], 'required', { rule: 'no-records', what: kind.slice(0, -1) })]);
  const side = { suppliers: '供应商', buyers: '采购商' }[kind];
  say(
    o.locale === 'zh'
      ? `${basename(path)}：${count} 个${side}，全部有效\n`
      : `${basename(path)}: ${count} ${kind}, all valid\n`,
  );
  return 0;
}

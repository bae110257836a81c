/** Reading profile and match files for the CLI: JSON or CSV, any supported encoding. */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Buyer, Supplier } from '../model/types.js';
import { ValidationError } from '../model/validation-error.js';
import { OptionError } from './report.js';
import { parseBuyers, parseSuppliers } from '../model/parse.js';
import { decodeBytes } from '../io/decode.js';
import { readBuyersCsv, readSuppliersCsv, type Reject } from '../io/profiles-csv.js';

export interface LoadOptions {
  encoding?: string;
  columns?: string;
  /** Comma-separated columns to leave out. */
  ignoreColumns?: string;
  skipInvalid?: boolean;
}

export function readText(path: string, encoding?: string): string {
  if (encoding !== undefined) {
    try {
      new TextDecoder(encoding);
    } catch {
      throw new OptionError('--encoding', `unknown encoding "${encoding}" (use utf-8, gb18030, gbk or windows-1252)`);
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ValidationError([{ path: [path], message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` }]);
  }
  return decodeBytes(bytes, encoding).text;
}

function columnMap(path: string | undefined): Record<string, string> | undefined {
  if (!path) return undefined;
  const parsed: unknown = JSON.parse(readText(path));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) {
    throw new ValidationError([{ path: [path], message: 'expected a JSON object mapping column headers to field names' }]);
  }
  return parsed as Record<string, string>;
}

function json(path: string, encoding?: string): unknown {
  try {
    return JSON.parse(readText(path, encoding));
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError([{ path: [basename(path)], message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

export function loadProfiles(kind: 'suppliers', path: string, o: LoadOptions): { profiles: Supplier[]; rejects: Reject[] };
export function loadProfiles(kind: 'buyers', path: string, o: LoadOptions): { profiles: Buyer[]; rejects: Reject[] };
export function loadProfiles(kind: 'suppliers' | 'buyers', path: string, o: LoadOptions): { profiles: (Supplier | Buyer)[]; rejects: Reject[] } {
  const file = basename(path);
  if (extname(path).toLowerCase() === '.json') {
    const rows = json(path, o.encoding);
    try {
      return { profiles: kind === 'suppliers' ? parseSuppliers(rows) : parseBuyers(rows), rejects: [] };
    } catch (error) {
      if (error instanceof ValidationError) throw new ValidationError(error.issues.map((i) => ({ ...i, path: [file, ...i.path] })), `${file}: invalid records`);
      throw error;
    }
  }
  const text = readText(path, o.encoding);
  const options = {
    file,
    skipInvalid: o.skipInvalid ?? false,
    ...(o.columns ? { columns: columnMap(o.columns)! } : {}),
    ...(o.ignoreColumns ? { ignoreColumns: o.ignoreColumns.split(',').map((c) => c.trim()).filter(Boolean) } : {}),
  };
  if (kind === 'suppliers') {
    const r = readSuppliersCsv(text, options);
    return { profiles: r.suppliers, rejects: r.rejects };
  }
  const r = readBuyersCsv(text, options);
  return { profiles: r.buyers, rejects: r.rejects };
}

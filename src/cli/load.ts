/** Reading profile and match files for the CLI: JSON or CSV, any supported encoding. */
import { readFileSync } from 'node:fs';

import type { Buyer, Supplier } from '../model/types.js';
import { ValidationError } from '../model/validation-error.js';
import { OptionError } from './report.js';
import { decodeBytes } from '../io/decode.js';
import type { Reject } from '../io/profiles-csv.js';
import { forEachChunk, streamProfiles } from './stream-profiles.js';

export interface LoadOptions {
  encoding?: string;
  columns?: string;
  /** Comma-separated columns to leave out. */
  ignoreColumns?: string;
  skipInvalid?: boolean;
}

export function checkEncoding(encoding: string): void {
  try {
    new TextDecoder(encoding);
  } catch {
    throw new OptionError('--encoding', `unknown encoding "${encoding}" (use utf-8, gb18030, gbk or windows-1252)`);
  }
}

export function readText(path: string, encoding?: string): string {
  if (encoding !== undefined) checkEncoding(encoding);
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

export function loadProfiles(kind: 'suppliers', path: string, o: LoadOptions, keep?: boolean): { profiles: Supplier[]; count: number; rejects: Reject[] };
export function loadProfiles(kind: 'buyers', path: string, o: LoadOptions, keep?: boolean): { profiles: Buyer[]; count: number; rejects: Reject[] };
export function loadProfiles(kind: 'suppliers' | 'buyers', path: string, o: LoadOptions, keep = true): { profiles: (Supplier | Buyer)[]; count: number; rejects: Reject[] } {
  if (o.encoding !== undefined) checkEncoding(o.encoding);
  // Read piece by piece: only the profiles are held (or, for validate, not even those).
  return streamProfiles(kind, path, {
    keep,
    skipInvalid: o.skipInvalid ?? false,
    ...(o.encoding !== undefined ? { encoding: o.encoding } : {}),
    ...(o.columns ? { columns: columnMap(o.columns)! } : {}),
    ...(o.ignoreColumns ? { ignoreColumns: o.ignoreColumns.split(',').map((c) => c.trim()).filter(Boolean) } : {}),
  });
}

/** The first bytes of a file as text (e.g. to look at a header), in its encoding when given. */
export function readStart(path: string, encoding?: string): string {
  if (encoding !== undefined) checkEncoding(encoding);
  let head: Uint8Array | undefined;
  try {
    forEachChunk(path, (bytes) => {
      head ??= bytes.slice();
    });
  } catch (error) {
    if (error instanceof ValidationError) throw error;
  }
  return new TextDecoder(encoding ?? 'utf-8').decode(head ?? new Uint8Array());
}

/**
 * Profile files read piece by piece: the CLI never holds a file's text, only the profiles
 * (`match`) or nothing but the problems and the ids seen (`validate`). CSV goes through
 * `CsvRunSplitter` in runs of whole records, JSON through a streaming parser
 * (@streamparser/json) one record at a time; both are validated in batches, and the checks
 * that span batches (duplicate ids, capability dimensions) are done here.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { JSONParser } from '@streamparser/json';
import { CsvRunSplitter } from '../io/csv-chunks.js';
import { decodeBytes } from '../io/decode.js';
import { readProfileRun } from '../io/profiles-csv.js';
import type { ReadOptions, Reject } from '../io/types.js';
import { parseBuyers, parseSuppliers, trustValidatedCopies } from '../model/parse.js';
import type { Buyer, Supplier } from '../model/types.js';
import {
  type IssueCode,
  type IssueParams,
  issue,
  ValidationError,
  type ValidationIssue,
} from '../model/validation-error.js';
import { inferCodes } from '../taxonomy/infer-codes.js';
import { IdTable } from './id-table.js';

const CHUNK = 1 << 20;
const JSON_BATCH = 5_000;
/** Problems kept for the report; the rest are counted. */
const MAX_ISSUES = 10_000;

export interface StreamOptions extends Omit<ReadOptions, 'file'> {
  encoding?: string;
  /** Keep the profiles (match) or only count them (validate). */
  keep: boolean;
  /** Text per CSV run and records per JSON batch (defaults 1 MB and 5,000; small in tests). */
  runLength?: number;
  jsonBatch?: number;
}

export interface StreamResult<T> {
  profiles: T[];
  count: number;
  rejects: Reject[];
}

/** Calls `each` with the file's bytes, 1 MB at a time. */
export function forEachChunk(path: string, each: (bytes: Uint8Array) => void): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new ValidationError([
      issue([path], 'unreadable', {
        rule: 'file-unreadable',
        value: (error as NodeJS.ErrnoException).code ?? 'error',
      }),
    ]);
  }
  try {
    const buffer = new Uint8Array(CHUNK);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) each(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's encoding: the one given, else UTF-8 when every byte reads as UTF-8 (checked
 * chunk by chunk). Otherwise the whole file goes through `decodeBytes`' detection (GB18030,
 * or a ValidationError for mixed and Western encodings); such files are read whole.
 */
function encodingOf(path: string, given: string | undefined): { encoding: string; text?: string } {
  if (given !== undefined) return { encoding: new TextDecoder(given).encoding };
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    forEachChunk(path, (bytes) => void utf8.decode(bytes, { stream: true }));
    utf8.decode();
    return { encoding: 'utf-8' };
  } catch (error) {
    if (error instanceof ValidationError) throw error;
  }
  const parts: Uint8Array[] = [];
  forEachChunk(path, (bytes) => parts.push(bytes.slice()));
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  const { text, encoding } = decodeBytes(all);
  return { encoding, text };
}

/** Text of the file, piece by piece, in its encoding (BOM dropped). */
function forEachText(path: string, encoding: string, whole: string | undefined, each: (text: string) => void): void {
  if (whole !== undefined) {
    each(whole);
    return;
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  let first = true;
  try {
    forEachChunk(path, (bytes) => {
      let text = decoder.decode(bytes, { stream: true });
      if (first && text) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      each(text);
    });
    each(decoder.decode());
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    if (error instanceof TypeError)
      throw new ValidationError([
        issue(['encoding'], 'unreadable', { rule: 'invalid-encoding', value: decoder.encoding }),
      ]);
    throw error;
  }
}

/** Duplicate ids and capability dimensions across batches; the first record wins. */
export class AcrossBatches {
  /** Id → where it was first seen (a line, or a record index). */
  private readonly ids = new IdTable();
  private dimension: { size: number; where: number } | undefined;

  /** `unit`: what the numbers count (file lines, spreadsheet rows or JSON records). */
  constructor(private readonly unit: 'line' | 'row' | 'record') {}

  /** The problem of `profile`, found at `where`, with the others: its field, code and params. */
  check(profile: Supplier | Buyer, where: number): [string, IssueCode, IssueParams] | undefined {
    const seen = this.ids.firstOrAdd(profile.id, where);
    if (seen !== undefined)
      return ['id', 'duplicate-id', { rule: 'duplicate-id-at', id: profile.id, first: seen, what: this.unit }];
    const size = profile.capabilities?.length;
    if (size !== undefined) {
      if (!this.dimension) this.dimension = { size, where };
      else if (size !== this.dimension.size) {
        const { where: first, size: max } = this.dimension;
        return [
          'capabilities',
          'conflict',
          { rule: 'dimension-mismatch-at', value: size, first, max, what: this.unit },
        ];
      }
    }
    return undefined;
  }
}

/**
 * Reads a suppliers or buyers file (.csv or .json) without holding its text.
 * @throws {ValidationError} with every problem (the first 10,000) unless `skipInvalid`.
 */
export function streamProfiles<T extends Supplier | Buyer>(
  kind: 'suppliers' | 'buyers',
  path: string,
  o: StreamOptions,
): StreamResult<T> {
  const file = basename(path);
  const { encoding, text } = encodingOf(path, o.encoding);
  // Profiles without codes get them from their description and keywords (marked as inferred).
  const infer = (records: unknown[]): unknown[] =>
    inferCodes(records, { side: kind === 'suppliers' ? 'supplier' : 'buyer' });
  const isJson = extname(path).toLowerCase() === '.json';
  // JSON records are counted from 1 in messages, as a person counts them.
  const across = new AcrossBatches(isJson ? 'record' : 'line');
  const profiles: T[] = [];
  const rejects: Reject[] = [];
  let count = 0;
  let issueCount = 0;
  const reject = (r: Reject) => {
    issueCount += r.issues.length;
    if (rejects.length < MAX_ISSUES) rejects.push(r);
  };
  const accept = (parsed: (Supplier | Buyer)[], where: (k: number) => { line: number; path: (string | number)[] }) => {
    // Strings cut from a run's text keep the whole run alive: kept profiles get fresh copies
    // (a JSON round trip), so `match` holds the profiles and not the file's text.
    const batch =
      o.keep && parsed.length
        ? trustValidatedCopies(JSON.parse(JSON.stringify(parsed)) as (Supplier | Buyer)[])
        : parsed;
    batch.forEach((p, k) => {
      const w = where(k);
      const problem = across.check(p, w.line);
      if (problem) {
        const [field, code, params] = problem;
        return reject({ line: w.line, cells: {}, issues: [{ ...issue([...w.path, field], code, params), id: p.id }] });
      }
      count++;
      if (o.keep) profiles.push(p as T);
    });
  };

  if (isJson) {
    const parseKind = kind === 'suppliers' ? parseSuppliers : parseBuyers;
    const parse = (records: unknown[]) => parseKind(infer(records));
    let batch: unknown[] = [];
    let offset = 0;
    const flush = () => {
      const records = batch;
      batch = [];
      const start = offset;
      offset += records.length;
      let good: (Supplier | Buyer)[];
      let goodIndex: number[];
      try {
        good = parse(records);
        goodIndex = records.map((_, i) => start + i);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const bad = new Map<number, ValidationIssue[]>();
        for (const issue of error.issues) {
          const i = typeof issue.path[0] === 'number' ? issue.path[0] : -1;
          bad.set(i, [
            ...(bad.get(i) ?? []),
            { ...issue, path: [file, ...(i >= 0 ? [`record ${start + i + 1}`, ...issue.path.slice(1)] : issue.path)] },
          ]);
        }
        for (const [i, issues] of bad) reject({ line: i >= 0 ? start + i + 1 : -1, cells: {}, issues });
        goodIndex = records.map((_, i) => i).filter((i) => !bad.has(i));
        good = parse(goodIndex.map((i) => records[i]));
        goodIndex = goodIndex.map((i) => start + i);
      }
      accept(good, (k) => ({ line: goodIndex[k]! + 1, path: [file, `record ${goodIndex[k]! + 1}`] }));
    };
    const parser = new JSONParser({ paths: ['$.*'], keepStack: false });
    let started = false;
    const notArray = () =>
      new ValidationError([issue([file], 'wrong-type', { rule: 'records-array', what: kind.slice(0, -1) })]);
    parser.onValue = ({ value, stack }) => {
      if (stack.length !== 1) return;
      batch.push(value);
      if (batch.length >= (o.jsonBatch ?? JSON_BATCH)) flush();
    };
    try {
      forEachText(path, encoding, text, (t) => {
        if (!started && t.trim()) {
          // Only an array of records is a profile file: decided by its first character.
          if (t.trimStart()[0] !== '[') throw notArray();
          started = true;
        }
        if (t) parser.write(t);
      });
      if (!parser.isEnded) parser.end();
    } catch (error) {
      if (error instanceof ValidationError) throw error;
      throw new ValidationError([
        issue([file], 'unreadable', { rule: 'invalid-json', value: (error as Error).message }),
      ]);
    }
    if (!started) throw notArray();
    flush();
  } else {
    const splitter = new CsvRunSplitter(o.runLength);
    let header: string | undefined;
    const options: ReadOptions = {
      file,
      prepare: infer,
      ...(o.columns ? { columns: o.columns } : {}),
      ...(o.ignoreColumns ? { ignoreColumns: o.ignoreColumns } : {}),
    };
    const run = (r: { text: string; line: number } | undefined) => {
      if (!r) return;
      let body = r;
      if (header === undefined) {
        // The header is the first line with text (blank lines before it still count).
        const lines = r.text.split('\n');
        const first = lines.findIndex((l) => l.trim() !== '');
        if (first < 0) return;
        header = lines[first]!;
        body = { text: lines.slice(first + 1).join('\n'), line: r.line + first + 1 };
        if (!body.text.trim()) {
          // Header only so far: check it now, so a bad header fails on an empty file too.
          readProfileRun(kind, header, { text: '', line: body.line }, options);
          return;
        }
      }
      const read = readProfileRun(kind, header, body, options);
      for (const rj of read.rejects) reject(rj);
      accept(read.profiles, (k) => ({ line: read.lines[k]!, path: [file, `line ${read.lines[k]!}`] }));
    };
    const step = Math.min(o.runLength ?? CHUNK, CHUNK);
    forEachText(path, encoding, text, (t) => {
      for (let at = 0; at < t.length; at += step) run(splitter.push(t.slice(at, at + step)));
    });
    run(splitter.end());
    if (header === undefined) throw new ValidationError([issue([file], 'unreadable', { rule: 'empty-file' })]);
  }

  rejects.sort((a, b) => a.line - b.line);
  if (issueCount && !o.skipInvalid) {
    const issues = rejects.flatMap((r) => r.issues);
    const more = issueCount - issues.length;
    throw new ValidationError(
      more > 0 ? [...issues, issue([file], 'too-many', { rule: 'more-problems', max: more })] : issues,
      `${file}: ${issueCount} problem${issueCount === 1 ? '' : 's'}`,
    );
  }
  return { profiles, count, rejects };
}

import type * as z from 'zod/mini';
import { paramsOfMessage } from './fields.js';
import { LIMITS } from './limits.js';
import { BUYER_FIELDS, buyerSchema, ORIGINS_KEYS, SUPPLIER_FIELDS, supplierSchema } from './schemas.js';
import { suggestField } from './suggest-field.js';
import type { Buyer, Supplier } from './types.js';
import {
  ISSUE_CODES,
  type IssueCode,
  type IssueParams,
  issue as newIssue,
  ValidationError,
  type ValidationIssue,
} from './validation-error.js';

/**
 * Validates and normalises supplier records (e.g. `JSON.parse`d rows).
 * Returns new, frozen profiles; the input is never modified.
 * @throws {ValidationError} listing every problem as `{ path: [index, field, …], message }`.
 * @example
 * const suppliers = parseSuppliers([{ id: 'S1', name: 'Foshan Motor Co.', country: 'cn', products: ['8501'] }]);
 * suppliers[0].country; // 'CN'
 */
export function parseSuppliers(rows: unknown): Supplier[] {
  const suppliers = parseRecords(rows, 'supplier', supplierSchema, SUPPLIER_FIELDS, (s, issue) => {
    if (!s.products?.length && !s.activities?.length && !s.inferredProducts?.length) {
      issue(['products'], 'required', { rule: 'supplier-codes' });
    }
  });
  return suppliers as Supplier[];
}

/**
 * Validates and normalises buyer requests. Same rules as {@link parseSuppliers}.
 * @throws {ValidationError}
 * @example
 * const [buyer] = parseBuyers([{ id: 'B1', name: 'Nordic Retail AB', country: 'SE', wants: ['8516.60'] }]);
 * buyer.wants; // ['851660']
 */
export function parseBuyers(rows: unknown): Buyer[] {
  return parseRecords(rows, 'buyer', buyerSchema, BUYER_FIELDS, (b, issue) => {
    if (b.wants.length === 0 && !b.inferredWants?.length) {
      issue(['wants'], 'required', { rule: 'buyer-codes' });
    }
    const excluded = new Set(b.origins?.exclude ?? []);
    for (const [i, place] of (b.origins?.include ?? []).entries()) {
      if (excluded.has(place))
        issue(['origins', 'include', i], 'conflict', { rule: 'included-and-excluded', value: place });
    }
  }) as Buyer[];
}

/**
 * Profiles returned by the parsers. They are deeply frozen, so a profile found here is still
 * valid and the engine can skip validating it again.
 */
const validatedProfiles = new WeakSet<object>();

/** True for a profile returned by `parseSuppliers` / `parseBuyers`. */
export function isValidatedProfile(value: unknown): boolean {
  return typeof value === 'object' && value !== null && validatedProfiles.has(value);
}

/**
 * Marks profiles that were validated elsewhere as validated — for worker threads, which
 * receive structured clones of profiles the main thread already parsed. Not public API.
 * @internal
 */
export function trustValidatedCopies<T extends object>(profiles: T[]): T[] {
  for (const p of profiles) validatedProfiles.add(deepFreeze(p));
  return profiles;
}

type Kind = 'supplier' | 'buyer';
type AddIssue = (path: (string | number)[], code: IssueCode, params: IssueParams | string) => void;

function parseRecords<S extends z.ZodMiniType>(
  rows: unknown,
  kind: Kind,
  schema: S,
  fields: string[],
  recordCheck: (record: z.output<S>, issue: AddIssue) => void,
): object[] {
  if (!Array.isArray(rows)) {
    throw new ValidationError([
      newIssue([], 'wrong-type', { rule: 'records-type', what: kind, value: describe(rows) }),
    ]);
  }
  const list = readRows(rows);
  if (list.length > LIMITS.records) {
    throw new ValidationError([
      newIssue([], 'too-many', { rule: 'too-many-records', what: kind, max: LIMITS.records }),
    ]);
  }
  const issues: ValidationIssue[] = [];
  const out: object[] = [];
  const firstIndexOfId = new Map<string, number>();
  let dimension: { size: number; index: number } | undefined;

  list.forEach((row: unknown, index) => {
    try {
      parseOne(row, index);
    } catch (error) {
      // A getter or Proxy that throws: the record, not the caller's raw error.
      if (error instanceof ValidationError) throw error;
      issues.push(
        newIssue([index], 'unreadable', {
          rule: 'record-unreadable',
          value: String((error as Error)?.message ?? error),
        }),
      );
    }
  });
  if (issues.length) throw new ValidationError(issues, `invalid ${kind} records`);
  return out;

  function parseOne(row: unknown, index: number): void {
    const recordIssues: ValidationIssue[] = [];
    const issue: AddIssue = (path, code, params) =>
      recordIssues.push({ ...newIssue([index, ...path], code, params), ...idOf(row) });
    if (!isPlainRecord(row)) {
      issue([], 'wrong-type', { rule: 'record-type', what: kind, value: describe(row) });
      issues.push(...recordIssues);
      return;
    }
    for (const key of Object.keys(row)) {
      const near = fields.includes(key) ? undefined : suggestField(key, fields);
      if (near) issue([key], 'unknown-key', { key, suggestion: near, what: 'field' });
    }
    const given = withoutBlanks(row, fields);
    const result = schema.safeParse(given);
    if (!result.success) {
      for (const i of result.error.issues) {
        const path = i.path.filter(isPathKey);
        issue(path, zodIssueCode(i, valueAt(given, path)), zodIssueParams(i));
      }
    } else {
      const record = result.data as { id: string; capabilities?: number[] };
      recordCheck(result.data, issue);
      const seen = firstIndexOfId.get(record.id);
      if (seen !== undefined) issue(['id'], 'duplicate-id', { id: record.id, first: seen });
      else firstIndexOfId.set(record.id, index);
      if (record.capabilities) {
        if (!dimension) dimension = { size: record.capabilities.length, index };
        else if (record.capabilities.length !== dimension.size) {
          issue(['capabilities'], 'conflict', {
            rule: 'dimension-mismatch',
            value: record.capabilities.length,
            first: dimension.index,
            max: dimension.size,
          });
        }
      }
      if (recordIssues.length === 0) {
        const profile = deepFreeze(compact(record));
        validatedProfiles.add(profile);
        out.push(profile);
      }
    }
    issues.push(...recordIssues);
  }
}

/** The rows as a plain array, read once (a Proxy or getter that throws is a ValidationError). */
function readRows(rows: unknown[]): unknown[] {
  try {
    return Array.from(rows);
  } catch (error) {
    throw new ValidationError([
      newIssue([], 'unreadable', { rule: 'records-unreadable', value: String((error as Error)?.message ?? error) }),
    ]);
  }
}

/** Copies the known fields, treating `null`, `undefined` and `""` as absent (blank spreadsheet cells). */
function withoutBlanks(row: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const field of fields) {
    if (!Object.hasOwn(row, field)) continue;
    const value = row[field];
    if (value === null || value === undefined || value === '') continue;
    copy[field] = value;
  }
  return copy;
}

/**
 * Drops absent values (exactOptionalPropertyTypes: absent, not undefined): undefined, empty
 * lists and empty objects — an empty list says no more than a blank cell. `products` and
 * `wants` stay, as lists, because every profile has one (possibly empty when codes were inferred).
 */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.length > 0 || key === 'products' || key === 'wants') out[key] = v;
    } else if (v !== null && typeof v === 'object') {
      const inner = compact(v);
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else out[key] = v;
  }
  return out as T;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isPathKey(key: PropertyKey): key is string | number {
  return typeof key === 'string' || typeof key === 'number';
}

function idOf(row: unknown): { id?: string } {
  if (isPlainRecord(row) && typeof row.id === 'string' && row.id.trim()) return { id: row.id.trim() };
  return {};
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object'
    ? 'an object'
    : `${typeof value} ${JSON.stringify(value)?.slice(0, 40) ?? ''}`.trim();
}

/** The value at `path` inside `record` (undefined when any step is missing). */
function valueAt(record: unknown, path: (string | number)[]): unknown {
  let value = record;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** The params of a zod issue: the rule of its message (fields.ts), or the unknown keys of an object. */
function zodIssueParams(i: z.core.$ZodIssue): IssueParams | string {
  if (i.code === 'unrecognized_keys') {
    return {
      rule: 'unknown-keys',
      keys: i.keys.map((key) => {
        const suggestion = suggestField(key, ORIGINS_KEYS);
        return suggestion ? { key, suggestion } : { key };
      }),
      known: ORIGINS_KEYS,
    };
  }
  const own = i.code === 'custom' ? (i.params as IssueParams | undefined) : undefined;
  if (own?.rule !== undefined) return own;
  return paramsOfMessage(i.message) ?? i.message;
}

/** The issue code of a zod issue: a missing field is `required`, a wrong type `wrong-type`, and so on. */
function zodIssueCode(i: z.core.$ZodIssue, value: unknown): IssueCode {
  if (i.code === 'invalid_type') {
    if (value === undefined) return 'required';
    return i.expected === 'number' && typeof value === 'number' ? 'not-a-number' : 'wrong-type';
  }
  if (i.code === 'too_big') return i.origin === 'array' || i.origin === 'string' ? 'too-many' : 'out-of-range';
  if (i.code === 'too_small') return i.origin === 'number' || i.origin === 'bigint' ? 'out-of-range' : 'required';
  if (i.code === 'unrecognized_keys') return 'unknown-key';
  const given = i.code === 'custom' ? (i.params as { code?: unknown } | undefined)?.code : undefined;
  return (ISSUE_CODES as readonly unknown[]).includes(given) ? (given as IssueCode) : 'invalid-value';
}

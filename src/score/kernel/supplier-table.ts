/**
 * Every supplier of an engine in column form: numbers in typed arrays, lists as compressed
 * sparse rows of integer ids. Built once; the kernel reads it without allocating. Rows are in
 * the order the engine lays suppliers out (by product, see `inRowOrder`); `idRank` gives each
 * row's place in id order, for ties.
 */

import { getCountry } from '../../geo/countries.js';
import type { InferredCode, Supplier } from '../../model/types.js';
import { HEADING_LENGTH } from '../../taxonomy/levels.js';
import { normalise } from '../components/capability.js';
import { trustScore } from '../components/credentials.js';
import { tierRank } from '../tiers.js';
import { type KeyedCodes, keyCodes } from './codes.js';
import { type Csr, CsrBuilder } from './csr.js';
import type { GeoTables } from './geo-tables.js';
import type { Interner } from './interner.js';

/** Codes as numbers with their chapter and heading keys (see codes.ts), rows like a Csr. */
export interface CodeRows extends KeyedCodes {
  readonly offsets: Int32Array;
}

export interface Vocabularies {
  readonly certificates: Interner;
  readonly languages: Interner;
  readonly keywords: Interner;
}

export interface SupplierTable {
  readonly size: number;
  /** Place of each row's supplier id in ascending id order (ties in rankings go by it). */
  readonly idRank: Int32Array;
  readonly country: Int32Array;
  readonly products: CodeRows;
  readonly activities: CodeRows;
  readonly certificates: Csr;
  readonly tierRank: Uint8Array;
  readonly trust: Float64Array;
  /** 1 when the supplier gives any credential (certificate, tier or patents). */
  readonly hasCredentials: Uint8Array;
  readonly languages: Csr;
  /** Time-zone id, -1 when unknown. */
  readonly timezone: Int32Array;
  /** Which optional region signals the supplier has: see REGION_FLAGS. */
  readonly regionFlags: Uint8Array;
  readonly exportCountries: Csr;
  readonly exportSubregions: Csr;
  readonly targets: Csr;
  /** NaN when not given. */
  readonly capacity: Float64Array;
  readonly moq: Float64Array;
  readonly leadTimeDays: Float64Array;
  readonly keywords: Csr;
  /** Row-major L2-normalised vectors; `present[i]` is 0 for suppliers without one. */
  readonly capabilities:
    | { readonly matrix: Float32Array; readonly dim: number; readonly present: Uint8Array }
    | undefined;
}

/** Bits of `SupplierTable.regionFlags`. */
export const REGION_FLAGS = { exports: 1, targets: 2, timezone: 4 } as const;

/**
 * One row of codes per profile: the declared codes, then the inferred ones not already
 * declared (flagged). `headingLength`: 4 for HS, 3 for ISIC.
 */
export function codeRows(
  declared: readonly (readonly string[])[],
  headingLength: number,
  inferred?: readonly (readonly InferredCode[] | undefined)[],
): CodeRows {
  const offsets = new Int32Array(declared.length + 1);
  const codes: number[] = [];
  const lengths: number[] = [];
  const flags: number[] = [];
  declared.forEach((list, i) => {
    for (const code of list) {
      codes.push(Number(code));
      lengths.push(code.length);
      flags.push(0);
    }
    for (const { code } of inferred?.[i] ?? []) {
      if (list.includes(code)) continue;
      codes.push(Number(code));
      lengths.push(code.length);
      flags.push(1);
    }
    offsets[i + 1] = codes.length;
  });
  // The constructors copy plain arrays on a fast path (`TypedArray.from` iterates: it showed in
  // profiles of compiling buyers).
  return codeRowsShape({
    offsets,
    ...keyCodes(new Int32Array(codes), new Uint8Array(lengths), new Uint8Array(flags), headingLength),
  });
}

/** Code rows from the one literal every CodeRows comes from (buyers' and suppliers' alike: see `tableShape`). */
function codeRowsShape(c: CodeRows): CodeRows {
  return {
    offsets: c.offsets,
    codes: c.codes,
    lengths: c.lengths,
    chapters: c.chapters,
    headings: c.headings,
    inferred: c.inferred,
    headingLength: c.headingLength,
  };
}

export function buildSupplierTable(profiles: readonly Supplier[], geo: GeoTables, vocab: Vocabularies): SupplierTable {
  const n = profiles.length;
  const certificates = new CsrBuilder();
  const languages = new CsrBuilder();
  const exportCountries = new CsrBuilder();
  const exportSubregions = new CsrBuilder();
  const targets = new CsrBuilder();
  const keywords = new CsrBuilder();
  const table = {
    country: new Int32Array(n),
    tierRank: new Uint8Array(n),
    trust: new Float64Array(n),
    hasCredentials: new Uint8Array(n),
    timezone: new Int32Array(n),
    regionFlags: new Uint8Array(n),
    capacity: new Float64Array(n),
    moq: new Float64Array(n),
    leadTimeDays: new Float64Array(n),
  };
  profiles.forEach((s, i) => {
    const country = getCountry(s.country);
    table.country[i] = geo.country(s.country);
    table.tierRank[i] = tierRank(s.tier);
    table.trust[i] = trustScore(s);
    table.hasCredentials[i] =
      s.tier !== undefined || (s.certifications?.length ?? 0) > 0 || s.patents !== undefined ? 1 : 0;
    const tz = s.timezone ?? country?.timezone;
    table.timezone[i] = tz === undefined ? -1 : geo.timezones.intern(tz);
    table.capacity[i] = s.capacity ?? Number.NaN;
    table.moq[i] = s.moq ?? Number.NaN;
    table.leadTimeDays[i] = s.leadTimeDays ?? Number.NaN;
    certificates.push((s.certifications ?? []).map((c) => vocab.certificates.intern(c)));
    languages.push(
      (s.languages?.length ? s.languages : (country?.languages ?? [])).map((l) => vocab.languages.intern(l)),
    );
    const exports = (s.exportMarkets ?? []).map((c) => geo.country(c));
    exportCountries.push(exports);
    table.regionFlags[i] =
      (exports.length > 0 ? REGION_FLAGS.exports : 0) |
      (s.targetMarkets?.length ? REGION_FLAGS.targets : 0) |
      (tz !== undefined ? REGION_FLAGS.timezone : 0);
    exportSubregions.push(new Set(exports.map((c) => geo.subregionOf[c]!)));
    targets.push((s.targetMarkets ?? []).map((p) => geo.places.intern(p)));
    keywords.push((s.keywords ?? []).map((k) => vocab.keywords.intern(k)));
  });
  return tableShape({
    size: n,
    idRank: idRanks(profiles),
    country: table.country,
    tierRank: table.tierRank,
    trust: table.trust,
    hasCredentials: table.hasCredentials,
    timezone: table.timezone,
    regionFlags: table.regionFlags,
    capacity: table.capacity,
    moq: table.moq,
    leadTimeDays: table.leadTimeDays,
    products: codeRows(
      profiles.map((s) => s.products ?? []),
      HEADING_LENGTH.hs,
      profiles.map((s) => s.inferredProducts),
    ),
    activities: codeRows(
      profiles.map((s) => s.activities ?? []),
      HEADING_LENGTH.isic,
    ),
    certificates: certificates.build(),
    languages: languages.build(),
    exportCountries: exportCountries.build(),
    exportSubregions: exportSubregions.build(),
    targets: targets.build(),
    keywords: keywords.build(),
    capabilities: capabilityMatrix(profiles),
  });
}

/**
 * The table rebuilt from explicit literals in one place, whether it was just built or
 * unpacked from a snapshot or shared memory: the kernel reads these fields for every pair,
 * and one object shape per kind keeps those reads monomorphic (a second shape, e.g. from
 * unpacking, made ranking ~10–40 % slower).
 */
export function tableShape(t: SupplierTable): SupplierTable {
  const csr = (c: Csr): Csr => ({ offsets: c.offsets, values: c.values });
  const caps = t.capabilities;
  return {
    size: t.size,
    idRank: t.idRank,
    country: t.country,
    tierRank: t.tierRank,
    trust: t.trust,
    hasCredentials: t.hasCredentials,
    timezone: t.timezone,
    regionFlags: t.regionFlags,
    capacity: t.capacity,
    moq: t.moq,
    leadTimeDays: t.leadTimeDays,
    products: codeRowsShape(t.products),
    activities: codeRowsShape(t.activities),
    certificates: csr(t.certificates),
    languages: csr(t.languages),
    exportCountries: csr(t.exportCountries),
    exportSubregions: csr(t.exportSubregions),
    targets: csr(t.targets),
    keywords: csr(t.keywords),
    capabilities: caps && { matrix: caps.matrix, dim: caps.dim, present: caps.present },
  };
}

function capabilityMatrix(profiles: readonly Supplier[]): SupplierTable['capabilities'] {
  const dim = profiles.find((s) => s.capabilities)?.capabilities?.length;
  if (dim === undefined) return undefined;
  const matrix = new Float32Array(profiles.length * dim);
  const present = new Uint8Array(profiles.length);
  profiles.forEach((s, i) => {
    const v = s.capabilities && normalise(s.capabilities);
    if (!v) return;
    matrix.set(v, i * dim);
    present[i] = 1;
  });
  return { matrix, dim, present };
}

/**
 * `profiles` in the order the engine lays suppliers out: by their first product code, then
 * id. A buyer's candidate rows (same heading, same chapter) then sit in a few contiguous
 * runs, so ranking reads the column tables sequentially instead of missing the cache on
 * every row. A total order (ids are unique): input order changes nothing.
 */
export function inRowOrder(profiles: readonly Supplier[]): Supplier[] {
  const keyed = profiles.map((s) => ({ s, key: firstProduct(s) }));
  keyed.sort((a, b) => (a.key !== b.key ? (a.key < b.key ? -1 : 1) : a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
  return keyed.map((k) => k.s);
}

function firstProduct(s: Supplier): string {
  let first = '';
  for (const p of s.products ?? []) if (first === '' || p < first) first = p;
  for (const { code } of s.inferredProducts ?? []) if (first === '' || code < first) first = code;
  return first;
}

function idRanks(profiles: readonly Supplier[]): Int32Array {
  const byId = profiles.map((_, i) => i).sort((x, y) => (profiles[x]!.id < profiles[y]!.id ? -1 : 1));
  const rank = new Int32Array(profiles.length);
  byId.forEach((row, r) => (rank[row] = r));
  return rank;
}

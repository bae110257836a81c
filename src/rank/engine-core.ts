/**
 * An engine's core: everything ranking needs except the supplier profiles — the column
 * tables, the vocabularies, the candidate postings and the options. It is made of typed
 * arrays and strings only, so it packs into one buffer (src/rank/pack.ts): worker threads
 * share it through a SharedArrayBuffer, and a saved index is this core plus the profiles.
 */
import type { Supplier } from '../model/types.js';
import { buildConceptIndex, type ConceptIndexParts } from '../score/components/keyword-concepts.js';
import type { Locale } from '../score/context.js';
import { GeoTables } from '../score/kernel/geo-tables.js';
import { Interner } from '../score/kernel/interner.js';
import { buildTables } from '../score/kernel/setup.js';
import { type SupplierTable, tableShape, type Vocabularies } from '../score/kernel/supplier-table.js';
import type { Weights } from '../score/weights.js';
import type { IndustryLevel } from '../taxonomy/similarity.js';
import { CandidateIndex, type CandidateParts } from './candidates.js';
import type { ResolvedEngineOptions } from './options.js';

/** The engine options a core keeps (all but `describeCode`, a function). */
interface CoreOptions {
  weights: Weights;
  /** ISO 8601 instant. */
  asOf: string;
  locale: Locale;
  requireIndustryOverlap: boolean;
  minIndustryLevel: IndustryLevel;
  /** True when the engine was built with a `keywordConcepts` function (it must be given again on load). */
  keywordConcepts: boolean;
}

export interface EngineCore {
  readonly options: CoreOptions;
  readonly table: SupplierTable;
  readonly vocab: Vocabularies;
  readonly geo: GeoTables;
  /** Time zones and places the table refers to, in id order (queries may intern more later). */
  readonly interned: { readonly timezones: readonly string[]; readonly places: readonly string[] };
  readonly candidates: CandidateIndex;
  /** The suppliers' keywords by concept, when built with `keywordConcepts`. */
  readonly concepts: ConceptIndexParts | null;
  /** Per row, the id of the supplier's `group` (equal ids: same group); -1 without one. */
  readonly groups: Int32Array;
}

/** `profiles` are the validated suppliers in row order. */
export function buildCore(profiles: readonly Supplier[], resolved: ResolvedEngineOptions): EngineCore {
  const { table, geo, vocab } = buildTables(profiles, resolved.asOf);
  return {
    options: {
      weights: resolved.weights,
      asOf: resolved.asOf.toISOString(),
      locale: resolved.locale,
      requireIndustryOverlap: resolved.requireIndustryOverlap,
      minIndustryLevel: resolved.minIndustryLevel,
      keywordConcepts: resolved.keywordConcepts !== undefined,
    },
    table,
    vocab,
    geo,
    interned: { timezones: [...geo.timezones.values], places: [...geo.places.values] },
    candidates: CandidateIndex.build(profiles),
    concepts: resolved.keywordConcepts ? buildConceptIndex(vocab.keywords.values, resolved.keywordConcepts) : null,
    groups: groupIds(profiles),
  };
}

/** Group ids by row (-1 for no group): the same string, the same id. */
function groupIds(profiles: readonly { group?: string }[]): Int32Array {
  const ids = new Interner();
  return Int32Array.from(profiles, (p) => (p.group === undefined ? -1 : ids.intern(p.group)));
}

/** The core as plain values and typed arrays (what `pack` takes). */
interface CoreTree {
  options: CoreOptions;
  table: SupplierTable;
  vocab: Record<keyof Vocabularies, string[]>;
  /** Ids interned while the table was built, in id order. */
  interned: EngineCore['interned'];
  candidates: CandidateParts;
  concepts: ConceptIndexParts | null;
  groups: Int32Array;
}

export function coreTree(core: EngineCore): CoreTree {
  return {
    options: core.options,
    table: core.table,
    vocab: {
      certificates: core.vocab.certificates.values,
      languages: core.vocab.languages.values,
      keywords: core.vocab.keywords.values,
    },
    interned: core.interned,
    candidates: core.candidates.parts,
    concepts: core.concepts,
    groups: core.groups,
  };
}

/** A core from `coreTree` output (after a pack / unpack round trip): ids come back identical. */
export function coreFromTree(tree: unknown): EngineCore {
  const t = tree as CoreTree;
  const geo = new GeoTables(new Date(t.options.asOf));
  for (const tz of t.interned.timezones) geo.timezones.intern(tz);
  for (const place of t.interned.places) geo.places.intern(place);
  return {
    options: t.options,
    table: tableShape(t.table),
    vocab: {
      certificates: Interner.from(t.vocab.certificates),
      languages: Interner.from(t.vocab.languages),
      keywords: Interner.from(t.vocab.keywords),
    },
    geo,
    interned: t.interned,
    candidates: new CandidateIndex(t.candidates),
    concepts: t.concepts,
    // Indexes saved before suppliers had groups: no supplier has one.
    groups: t.groups ?? new Int32Array(t.table.size).fill(-1),
  };
}

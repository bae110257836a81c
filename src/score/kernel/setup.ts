/**
 * The one way to set the scoring kernel up: the column tables of a set of suppliers, then over
 * them the kernel context for a set of options, the keyword matcher and a buyer compiler. The
 * engine core builds its tables with `buildTables`, the Ranker its kernel with `kernelOver`,
 * and reference paths that score every pair (tests, benchmarks) take both with `buildKernel`.
 */
import type { Buyer, Supplier } from '../../model/types.js';
import type { IndustryLevel } from '../../taxonomy/similarity.js';
import type { ConceptLookup } from '../components/keyword-concepts.js';
import { KeywordMatcher } from '../components/text.js';
import type { Weights } from '../weights.js';
import { GeoTables } from './geo-tables.js';
import { Interner } from './interner.js';
import { compileBuyer, type QueryBuyer } from './query.js';
import { type KernelContext, kernelContext } from './score-pair.js';
import { buildSupplierTable, type SupplierTable, type Vocabularies } from './supplier-table.js';

/** The suppliers' column table and the geography and vocabularies its ids refer to. */
export interface KernelTables {
  readonly table: SupplierTable;
  readonly geo: GeoTables;
  readonly vocab: Vocabularies;
}

/** The tables of `suppliers` (validated, in row order) as of `asOf`. */
export function buildTables(suppliers: readonly Supplier[], asOf: Date): KernelTables {
  const geo = new GeoTables(asOf);
  const vocab = { certificates: new Interner(), languages: new Interner(), keywords: new Interner() };
  return { table: buildSupplierTable(suppliers, geo, vocab), geo, vocab };
}

/** The engine options scoring depends on. */
export interface KernelOptions {
  readonly weights: Weights;
  readonly requireIndustryOverlap: boolean;
  readonly minIndustryLevel: IndustryLevel;
  readonly asOf: Date;
}

/** Everything `scorePair` needs next to the tables, and a way to make its buyers. */
export interface Kernel extends KernelTables {
  readonly context: KernelContext;
  readonly keywords: KeywordMatcher;
  /** Length of the suppliers' capability vectors; undefined when none gives one. */
  readonly dimension: number | undefined;
  /** `buyer` (validated; a capability vector, if any, of length `dimension`) compiled for `scorePair`. */
  compile(buyer: Buyer): QueryBuyer;
}

/** The kernel over built (or loaded) tables; `concepts` when keywords also match through concepts. */
export function kernelOver(tables: KernelTables, options: KernelOptions, concepts?: ConceptLookup): Kernel {
  const { table, geo, vocab } = tables;
  const keywords = new KeywordMatcher(vocab.keywords.values, concepts);
  const dimension = table.capabilities?.dim;
  return {
    table,
    geo,
    vocab,
    context: kernelContext(table, geo, options),
    keywords,
    dimension,
    compile: (buyer) => compileBuyer(buyer, geo, vocab, keywords, options.asOf, dimension),
  };
}

/** The kernel over `suppliers` (validated, in row order), without keyword concepts. */
export function buildKernel(suppliers: readonly Supplier[], options: KernelOptions): Kernel {
  return kernelOver(buildTables(suppliers, options.asOf), options);
}

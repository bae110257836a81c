/**
 * The Match objects the engine returns, built cheaply: every exhibitor of a fair at once is
 * over half a million of them. A Match is a plain object whose `reasons` is an own, enumerable
 * accessor (JSON, spread and `Object.keys` see it like a field) that writes the explanation
 * on first read. An object literal with `get`/`set` creates two closures and takes V8's slow
 * path for every Match; here the accessor functions are shared, defined by one
 * `Object.defineProperty` with a constant descriptor, and each Match keeps what its
 * explanation needs in a hidden (non-enumerable, symbol-keyed) holder. Building 564,000
 * Matches took 3.4–4.0 s as literals with closures and about 1.2–1.8 s this way (the floor
 * is the garbage collector copying the objects that survive).
 */
import type { Buyer, ComponentScores, Match, Supplier } from '../model/types.js';
import { exclusionCodes } from '../score/constraints.js';
import type { ExplainContext } from '../score/context.js';
import { explainPair } from '../score/explain/explain.js';
import { CAPABILITY, CAPACITY, CREDENTIALS, INDUSTRY, REGION, TEXT, TIMING } from '../score/kernel/component-index.js';
import type { QueryBuyer } from '../score/kernel/query.js';
import type { PairNumbers } from '../score/kernel/score-pair.js';

const PENDING = Symbol('cuohe.reasons');

/** What one Match's explanation is written from, until it is. */
class PendingReasons {
  lines: string[] | undefined = undefined;
  constructor(
    readonly explain: ExplainContext,
    /** The compiled buyer, or a function that compiles it on first call. */
    readonly query: QueryBuyer | (() => QueryBuyer),
    readonly supplier: Supplier,
    readonly components: ComponentScores,
    readonly excluded: string[],
    readonly mutual: Match['mutual'],
  ) {}
}

type WithPending = Match & { [PENDING]: PendingReasons };

function readReasons(this: WithPending): string[] {
  const p = this[PENDING];
  if (p.lines === undefined) {
    const query = typeof p.query === 'function' ? p.query() : p.query;
    const { supplier, components, excluded, mutual } = p;
    p.lines = explainPair(p.explain, { query, supplier, components, excluded, mutual });
  }
  return p.lines;
}

function writeReasons(this: WithPending, lines: string[]): void {
  this[PENDING].lines = lines;
}

const REASONS: PropertyDescriptor = Object.freeze({
  get: readReasons,
  set: writeReasons,
  enumerable: true,
  configurable: true,
});

const known = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** The component scores of kernel numbers, keys in COMPONENTS order; null where unknown. */
function componentScores(c: PairNumbers['components']): ComponentScores {
  return {
    industry: known(c[INDUSTRY]!),
    region: known(c[REGION]!),
    capability: known(c[CAPABILITY]!),
    text: known(c[TEXT]!),
    credentials: known(c[CREDENTIALS]!),
    capacity: known(c[CAPACITY]!),
    timing: known(c[TIMING]!),
  };
}

/**
 * The Match of `buyer` and `supplier` from the kernel's numbers `r`; its reasons are written in
 * `explain`'s language when first read (compiling the buyer then, when `query` is a function).
 */
export function buildMatch(
  explain: ExplainContext,
  buyer: Buyer,
  query: QueryBuyer | (() => QueryBuyer),
  supplier: Supplier,
  r: PairNumbers,
): Match {
  const components = componentScores(r.components);
  const excluded = exclusionCodes(r.excluded, buyer, supplier);
  const mutual = { supplierSide: r.supplierSide, score: r.mutual };
  const match = {
    buyerId: buyer.id,
    supplierId: supplier.id,
    score: r.score,
    components,
    excluded,
  } as Partial<Match> as Match;
  Object.defineProperty(match, 'reasons', REASONS);
  match.mutual = mutual;
  Object.defineProperty(match, PENDING, {
    value: new PendingReasons(explain, query, supplier, components, excluded, mutual),
  });
  return match;
}

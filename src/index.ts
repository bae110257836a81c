/**
 * cuohe (撮合): score and rank cross-border supplier-buyer pairs, and schedule the best
 * mutual pairs into one-to-one meetings.
 * @example
 * import { createEngine, parseBuyers, parseSuppliers } from 'cuohe';
 * const engine = createEngine(parseSuppliers(exhibitorRows), { asOf: '2026-11-22' });
 * for (const m of engine.rank(parseBuyers(buyerRows)[0], { limit: 10 })) console.log(m.supplierId, m.score, m.reasons);
 * @packageDocumentation
 */
export { parseSuppliers, parseBuyers } from './model/parse.js';
export { ValidationError, type ValidationIssue } from './model/validation-error.js';
export {
  COMPONENTS,
  TIERS,
  HARD_CONDITIONS,
  type Supplier,
  type Buyer,
  type Match,
  type ComponentName,
  type ComponentScores,
  type Tier,
  type OriginRule,
  type HardCondition,
  type InferredCode,
} from './model/types.js';
export { createEngine, type MatchEngine, type BuyerPool, type MeetingCandidate, type MeetingCandidateOptions } from './rank/engine.js';
export type { EngineOptions, RankOptions, KeywordConcepts } from './rank/options.js';
export type { IndustryLevel } from './taxonomy/similarity.js';
export { loadEngine, type LoadOptions } from './rank/snapshot.js';
export { DEFAULT_WEIGHTS, type Weights } from './score/weights.js';
export { EXCLUSION_CODES } from './score/constraints.js';
export type { Locale, DescribeCode } from './score/context.js';
export {
  scheduleMeetings,
  agendas,
  agendaToCsv,
  scheduleToCsv,
  localAvailability,
  makeSlots,
  type ScheduleInput,
  type Schedule,
  type Meeting,
  type Unscheduled,
  type UnscheduledReason,
  type Slot,
  type Participant,
  type CandidatePair,
  type PairRef,
  type FloorMiss,
  type FloorMissReason,
  type Agenda,
  type AgendaItem,
  type AgendaOptions,
  type SlotPlan,
  type Interpreter,
} from './schedule/index.js';

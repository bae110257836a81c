/**
 * cuohe (撮合): score and rank cross-border supplier-buyer pairs, and schedule the best
 * mutual pairs into one-to-one meetings.
 * @example
 * import { createEngine, parseBuyers, parseSuppliers } from 'cuohe';
 * const engine = createEngine(parseSuppliers(exhibitorRows), { asOf: '2026-11-22' });
 * for (const m of engine.rank(parseBuyers(buyerRows)[0], { limit: 10 })) console.log(m.supplierId, m.score, m.reasons);
 * @packageDocumentation
 */

export { agendaToCsv, scheduleToCsv } from './io/schedule-csv.js';
export type { IssueRule } from './model/issue-rules.js';
export { parseBuyers, parseSuppliers } from './model/parse.js';
export {
  type Buyer,
  COMPONENTS,
  type ComponentName,
  type ComponentScores,
  HARD_CONDITIONS,
  type HardCondition,
  type InferredCode,
  ISSUE_CODES,
  type IssueCode,
  type IssueLocale,
  type IssueParams,
  type Match,
  type OriginRule,
  type Supplier,
  TIERS,
  type Tier,
  type ValidationIssue,
} from './model/types.js';
export { issueMessage, ValidationError } from './model/validation-error.js';
export {
  type BuyerPool,
  createEngine,
  type MatchEngine,
  type MeetingCandidate,
  type MeetingCandidateOptions,
} from './rank/engine.js';
export type { EngineOptions, KeywordConcepts, RankOptions } from './rank/options.js';
export { type LoadOptions, loadEngine } from './rank/snapshot.js';
export {
  type Agenda,
  type AgendaItem,
  type AgendaOptions,
  agendas,
  type CandidatePair,
  type FloorMiss,
  type FloorMissReason,
  type Interpreter,
  localAvailability,
  type Meeting,
  makeSlots,
  type PairRef,
  type Participant,
  type Schedule,
  type ScheduleInput,
  type ScheduleMessages,
  type ScheduleOptions,
  type Slot,
  type SlotPlan,
  scheduleMeetings,
  type Unscheduled,
  type UnscheduledReason,
} from './schedule/index.js';
export { EXCLUSION_CODES } from './score/constraints.js';
export type { DescribeCode, Locale } from './score/context.js';
export { DEFAULT_WEIGHTS, type Weights } from './score/weights.js';
export type { IndustryLevel } from './taxonomy/similarity.js';

export { type Agenda, type AgendaItem, type AgendaOptions, agendas } from './agenda.js';
export { localAvailability, makeSlots, type SlotPlan } from './availability.js';
export type { ScheduleMessages, ScheduleOptions } from './messages.js';
export { scheduleMeetings } from './schedule-meetings.js';
export type {
  CandidatePair,
  FloorMiss,
  FloorMissReason,
  Interpreter,
  Meeting,
  PairRef,
  Participant,
  Schedule,
  ScheduleInput,
  Slot,
  Unscheduled,
  UnscheduledReason,
} from './types.js';

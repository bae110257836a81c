export { type Agenda, type AgendaItem, type AgendaOptions, agendas, agendaToCsv, scheduleToCsv } from './agenda.js';
export { localAvailability, makeSlots, type SlotPlan } from './availability.js';
export { csvCell, toCsv } from './csv.js';
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

export { scheduleMeetings } from './schedule-meetings.js';
export { agendas, agendaToCsv, scheduleToCsv, type Agenda, type AgendaItem, type AgendaOptions } from './agenda.js';
export { localAvailability, makeSlots, type SlotPlan } from './availability.js';
export { csvCell, toCsv } from './csv.js';
export type {
  ScheduleInput,
  Schedule,
  Meeting,
  Unscheduled,
  UnscheduledReason,
  Slot,
  Participant,
  CandidatePair,
  PairRef,
  FloorMiss,
  FloorMissReason,
  Interpreter,
} from './types.js';

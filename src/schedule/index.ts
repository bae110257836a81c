export { scheduleMeetings } from './schedule-meetings.js';
export { rescheduleMeetings, type RescheduleOptions, type Rescheduled, type ScheduleChanges, type CancelReason } from './reschedule.js';
export { agendas, agendaToCsv, scheduleToCsv, type Agenda, type AgendaItem, type AgendaOptions } from './agenda.js';
export { updateAgenda, updateAgendas } from './agenda-update.js';
export { localAvailability, makeSlots, type SlotPlan } from './availability.js';
export { csvCell, toCsv } from './csv.js';
export { scheduleQuality, type ScheduleQuality } from './quality.js';
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

/**
 * The texts of a schedule a person reads — why a pair does not meet (`unscheduled[].message`),
 * why a supplier stays below the floor (`floorMissed[].message`), why a meeting was cancelled
 * in a repair (`changes.cancelled[].message`) — in English and Chinese, keyed by reason.
 */
import { issue, ValidationError } from '../model/validation-error.js';
import type { FloorMissReason } from './types.js';

/**
 * Language of the messages of `scheduleMeetings` and `rescheduleMeetings`.
 * @example
 * const locale: ScheduleLocale = 'zh';
 */
export type ScheduleLocale = 'en' | 'zh';

/**
 * Options of `scheduleMeetings`.
 * @example
 * import { SCHEDULE_MESSAGES_ZH } from 'cuohe/day';
 * const schedule = scheduleMeetings(input, { messages: SCHEDULE_MESSAGES_ZH }); // messages in Chinese
 */
export interface ScheduleOptions {
  /**
   * The texts of `unscheduled[].message` and `floorMissed[].message`, keyed by reason;
   * default English. `SCHEDULE_MESSAGES_ZH` (from `cuohe/day`) gives Chinese. Reasons stay codes.
   */
  messages?: ScheduleMessages;
}

/**
 * The texts of a schedule, one per reason (see `SCHEDULE_MESSAGES_ZH`).
 * @example
 * const texts: ScheduleMessages = { ...SCHEDULE_MESSAGES_ZH, slotsFull: '时段已满' };
 */
export interface ScheduleMessages {
  /** Joins participant ids: "B1 and S2" / "B1 和 S2". */
  and(ids: readonly string[]): string;
  forbidden: string;
  neverFree: string;
  noInterpreter: string;
  requiredFull(who: string): string;
  requiredNoSlot: string;
  noGain(score: number): string;
  capacity(who: string): string;
  interpreterBusy: string;
  slotsFull: string;
  floor: Record<FloorMissReason, (meetings: number, floor: number) => string>;
}

/**
 * The English messages (the default). The Chinese table is `SCHEDULE_MESSAGES_ZH` of `cuohe/day`,
 * kept out of the core bundle.
 */
export const SCHEDULE_MESSAGES_EN: ScheduleMessages = {
  and: (ids) => ids.join(' and '),
  forbidden: 'the pair is forbidden',
  neverFree: 'the two are never free in the same slot',
  noInterpreter: 'the two share no language and no interpreter for it is free in a slot both are free in',
  requiredFull: (who) => `required, but ${who} reached the meeting limit`,
  requiredNoSlot: 'required, but no common slot was left open',
  noGain: (score) => `score ${score} adds nothing`,
  capacity: (who) => `${who} reached the meeting limit with better-scoring pairs`,
  interpreterBusy: 'the two share no language, and in the slots both had open every interpreter for it was busy',
  slotsFull: 'every slot both are free in is taken (other meetings or all tables busy)',
  floor: {
    quota: (n, f) => `${n} of ${f} meetings: its meeting limit or its free slots are fewer than the floor`,
    candidates: (n, f) => `${n} of ${f} meetings: fewer usable candidate pairs than the floor`,
    competition: (n, f) =>
      `${n} of ${f} meetings: its buyers' meeting limits or the tables are needed for other floor meetings`,
    'slots-full': (n, f) => `${n} of ${f} meetings: pairs were chosen, but not all found a common open slot`,
  },
};

/**
 * The messages of `options` (validated): `options.messages` when given (a table with every
 * text), else by `options.locale` where a Chinese table is at hand (`rescheduleMeetings`), else English.
 */
export function messagesFor(options: unknown, chinese?: ScheduleMessages): ScheduleMessages {
  if (options === undefined) return SCHEDULE_MESSAGES_EN;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new ValidationError([issue(['options'], 'wrong-type', { expected: 'an object' })]);
  const { messages, locale } = options as { messages?: unknown; locale?: unknown };
  if (messages !== undefined) {
    if (messages === null || typeof messages !== 'object')
      throw new ValidationError([issue(['options', 'messages'], 'wrong-type', { expected: 'a table of messages' })]);
    // Texts a custom table leaves out stay English.
    return { ...SCHEDULE_MESSAGES_EN, ...(messages as Partial<ScheduleMessages>) };
  }
  if (locale === undefined || locale === 'en') return SCHEDULE_MESSAGES_EN;
  if (locale === 'zh' && chinese) return chinese;
  throw new ValidationError([
    issue(['options', 'locale'], 'invalid-value', `${JSON.stringify(locale)} is not 'en' or 'zh'`),
  ]);
}

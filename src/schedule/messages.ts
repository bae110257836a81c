/**
 * The texts of a schedule a person reads — why a pair does not meet (`unscheduled[].message`),
 * why a supplier stays below the floor (`floorMissed[].message`), why a meeting was cancelled
 * in a repair (`changes.cancelled[].message`) — in English and Chinese, keyed by reason.
 */
import { ValidationError } from '../model/validation-error.js';
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
 * const schedule = scheduleMeetings(input, { locale: 'zh' }); // unscheduled[].message in Chinese
 */
export interface ScheduleOptions {
  /** Language of `unscheduled[].message` and `floorMissed[].message`; default 'en'. Reasons stay codes. */
  locale?: ScheduleLocale;
}

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
  gone(who: string): string;
  notCandidate: string;
  forbiddenNow: string;
  noRoom: string;
  notFree: string;
}

/**
 * Every message, per language (one table, so a reason cannot lack its Chinese text).
 * @example
 * SCHEDULE_MESSAGES.zh.slotsFull; // '双方都空闲的时段均已排满（其他洽谈占用或桌位已满）'
 */
export const SCHEDULE_MESSAGES: Record<ScheduleLocale, ScheduleMessages> = {
  en: {
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
    gone: (who) => `${who} is no longer taking part`,
    notCandidate: 'the pair is no longer a candidate',
    forbiddenNow: 'the pair is forbidden now',
    noRoom: 'could not stay (tables, meeting limits or interpreter) and no other slot was open',
    notFree: 'a participant is no longer free in the slot and no other slot was open',
  },
  zh: {
    and: (ids) => ids.join(' 和 '),
    forbidden: '该配对被禁止',
    neverFree: '双方没有共同的空闲时段',
    noInterpreter: '双方没有共同语言，且在双方都空闲的时段没有可用的相应翻译',
    requiredFull: (who) => `必须安排，但 ${who} 已达到洽谈上限`,
    requiredNoSlot: '必须安排，但已没有共同的空闲时段',
    noGain: (score) => `得分 ${score}，安排洽谈没有收益`,
    capacity: (who) => `${who} 的洽谈名额已用于得分更高的配对`,
    interpreterBusy: '双方没有共同语言，且在双方都有空的时段相应的翻译都已被占用',
    slotsFull: '双方都空闲的时段均已排满（其他洽谈占用或桌位已满）',
    floor: {
      quota: (n, f) => `${n}/${f} 场：自身洽谈上限或空闲时段少于保底场数`,
      candidates: (n, f) => `${n}/${f} 场：可用的候选配对少于保底场数`,
      competition: (n, f) => `${n}/${f} 场：其买家的洽谈名额或桌位需用于其他保底洽谈`,
      'slots-full': (n, f) => `${n}/${f} 场：已选的配对未能全部找到共同的空闲时段`,
    },
    gone: (who) => `${who} 已不再参加`,
    notCandidate: '该配对已不再是候选配对',
    forbiddenNow: '该配对现已被禁止',
    noRoom: '无法保留（桌位、洽谈上限或翻译），也没有其他空闲时段',
    notFree: '有一方在该时段已不再空闲，也没有其他空闲时段',
  },
};

/** The messages of `options.locale` (validated). */
export function messagesFor(options: unknown): ScheduleMessages {
  if (options === undefined) return SCHEDULE_MESSAGES.en;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new ValidationError([{ path: ['options'], message: 'must be an object' }]);
  const locale = (options as ScheduleOptions).locale;
  if (locale === undefined) return SCHEDULE_MESSAGES.en;
  if (locale !== 'en' && locale !== 'zh')
    throw new ValidationError([
      { path: ['options', 'locale'], message: `${JSON.stringify(locale)} is not 'en' or 'zh'` },
    ]);
  return SCHEDULE_MESSAGES[locale];
}

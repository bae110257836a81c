/**
 * The Chinese messages of schedules and repairs (see messages.ts): behind `cuohe/day`, so the
 * core bundle carries only the English ones.
 */
import type { ScheduleMessages } from './messages.js';

/**
 * Every message of a schedule in Chinese, keyed like `SCHEDULE_MESSAGES_EN`.
 * @example
 * import { SCHEDULE_MESSAGES_ZH } from 'cuohe/day';
 * const { unscheduled } = scheduleMeetings(input, { messages: SCHEDULE_MESSAGES_ZH });
 * unscheduled[0]?.message; // e.g. '双方没有共同的空闲时段'
 */
export const SCHEDULE_MESSAGES_ZH: ScheduleMessages = {
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
};

/**
 * Why a meeting of a repaired schedule was cancelled (`changes.cancelled[].message`), per language.
 * @example
 * CANCEL_MESSAGES.zh.gone('S1'); // 'S1 已不再参加'
 */
export const CANCEL_MESSAGES = {
  en: {
    gone: (who: string) => `${who} is no longer taking part`,
    notCandidate: 'the pair is no longer a candidate',
    forbiddenNow: 'the pair is forbidden now',
    noRoom: 'could not stay (tables, meeting limits or interpreter) and no other slot was open',
    notFree: 'a participant is no longer free in the slot and no other slot was open',
  },
  zh: {
    gone: (who: string) => `${who} 已不再参加`,
    notCandidate: '该配对已不再是候选配对',
    forbiddenNow: '该配对现已被禁止',
    noRoom: '无法保留（桌位、洽谈上限或翻译），也没有其他空闲时段',
    notFree: '有一方在该时段已不再空闲，也没有其他空闲时段',
  },
};

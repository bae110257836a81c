/** What `cuohe schedule` prints when it is done, in English or Chinese (`--locale`). */
export interface ScheduleSummaryText {
  meetings: (meetings: number, slots: number, participants: number, seconds: string) => string;
  utilisation: (percent: string, capacity: number) => string;
  unplaced: (count: number, byReason: string) => string;
  idle: (count: number, ids: string) => string;
  changes: (previous: string, kept: number, moved: number, cancelled: number, added: number) => string;
  wrote: (schedule: string, files: number) => string;
}

export const SCHEDULE_SUMMARY: Record<'en' | 'zh', ScheduleSummaryText> = {
  en: {
    meetings: (m, s, p, sec) => `${m} meetings in ${s} slots for ${p} participants (${sec} s)`,
    utilisation: (pct, cap) => `table utilisation ${pct} % of ${cap} table-slots`,
    unplaced: (n, by) => `${n} proposed pairs not placed${by ? `: ${by}` : ''}`,
    idle: (n, ids) => `${n} participants without a meeting: ${ids}`,
    changes: (prev, k, m, c, a) => `against ${prev}: ${k} kept, ${m} moved, ${c} cancelled, ${a} added`,
    wrote: (file, n) => `wrote ${file} and ${n} agenda files`,
  },
  zh: {
    meetings: (m, s, p, sec) => `${p} 位参与者、${s} 个时段，共安排 ${m} 场洽谈（${sec} 秒）`,
    utilisation: (pct, cap) => `洽谈桌使用率 ${pct}%（共 ${cap} 个桌次）`,
    unplaced: (n, by) => `${n} 对推荐配对未安排${by ? `：${by}` : ''}`,
    idle: (n, ids) => `${n} 位参与者没有洽谈：${ids}`,
    changes: (prev, k, m, c, a) => `与 ${prev} 相比：保留 ${k}，调整 ${m}，取消 ${c}，新增 ${a}`,
    wrote: (file, n) => `已写入 ${file} 和 ${n} 个日程文件`,
  },
};

/** Every text of the report, in English and Chinese (the same keys in both). */
import type { NoMeetingReason } from '../types.js';

export interface ReportMessages {
  lang: string;
  title: string;
  nav: { figures: string; grid: string; heat: string; scores: string; noMeeting: string; agendas: string };
  figures: {
    participants: string;
    buyersAndExhibitors: (buyers: number, suppliers: number) => string;
    meetings: string;
    utilisation: string;
    utilisationDetail: (tableSlots: number, slots: number, tables: number) => string;
    buyersMet: string;
    suppliersMet: string;
    ofTotal: (n: number, total: number) => string;
    meanScore: string;
    pairs: (proposed: number, unplaced: number) => string;
  };
  grid: {
    intro: string;
    table: string;
    slot: (n: number) => string;
    score: string;
    reasons: string;
    noReasons: string;
    legend: string;
    buyer: string;
    exhibitor: string;
  };
  heat: {
    intro: string;
    eligible: string;
    met: string;
    buyerCountry: string;
    chapter: (code: string) => string;
    other: string;
    needsProfiles: string;
  };
  scores: { intro: string; score: string; pairs: string; meetings: string; count: string };
  noMeeting: {
    intro: (n: number) => string;
    none: string;
    side: string;
    name: string;
    id: string;
    reason: string;
    detail: string;
    with: (name: string) => string;
    unplacedTitle: string;
    count: string;
  };
  reasons: Record<NoMeetingReason, string>;
  agendas: {
    intro: string;
    printHint: string;
    time: (zone: string) => string;
    localTime: (zone: string) => string;
    table: string;
    with: string;
    score: string;
    why: string;
    meetings: (n: number) => string;
  };
  side: { buyer: string; supplier: string };
  footer: string;
}

export const EN: ReportMessages = {
  lang: 'en',
  title: 'Matchmaking day',
  nav: {
    figures: 'Figures',
    grid: 'Schedule grid',
    heat: 'Where the matches are',
    scores: 'Scores',
    noMeeting: 'No meeting',
    agendas: 'Agendas',
  },
  figures: {
    participants: 'Participants',
    buyersAndExhibitors: (b, s) => `${b} buyers, ${s} exhibitors`,
    meetings: 'Meetings placed',
    utilisation: 'Table utilisation',
    utilisationDetail: (ts, slots, tables) => `of ${ts} table-slots (${slots} slots × ${tables} tables)`,
    buyersMet: 'Buyers with a meeting',
    suppliersMet: 'Exhibitors with a meeting',
    ofTotal: (n, total) => `${n} of ${total}`,
    meanScore: 'Mean mutual score',
    pairs: (proposed, unplaced) => `${proposed} proposed pairs, ${unplaced} not placed`,
  },
  grid: {
    intro: 'Tables down, slots across. Hover over or click a meeting for its score and the reasons of the match.',
    table: 'Table',
    slot: (n) => `Slot ${n}`,
    score: 'Score',
    reasons: 'Why they meet',
    noReasons: 'no reasons in the matches file',
    legend: 'Colour by score',
    buyer: 'Buyer',
    exhibitor: 'Exhibitor',
  },
  heat: {
    intro:
      'Eligible pairs (proposed by the matching) and meetings placed, by buyer country and HS chapter. ' +
      'A row with many eligible pairs and few meetings is an under-served market.',
    eligible: 'Eligible pairs',
    met: 'Meetings',
    buyerCountry: 'Buyer country',
    chapter: (code) => `HS ${code}`,
    other: 'Other',
    needsProfiles:
      'Give the buyer and exhibitor profiles (--buyers, --suppliers) to see the matches by country and industry.',
  },
  scores: {
    intro: 'Distribution of the mutual scores of the proposed pairs and of the meetings placed.',
    score: 'Score',
    pairs: 'Proposed pairs',
    meetings: 'Meetings',
    count: 'Count',
  },
  noMeeting: {
    intro: (n) => `${n} participants have no meeting. The reason is that of their best proposed pair.`,
    none: 'Everyone has at least one meeting.',
    side: 'Side',
    name: 'Name',
    id: 'Id',
    reason: 'Reason',
    detail: 'Detail',
    with: (name) => `best pair: with ${name}`,
    unplacedTitle: 'Proposed pairs not placed, by reason',
    count: 'Pairs',
  },
  reasons: {
    capacity: 'capacity: the meeting quotas went to better pairs',
    'no-common-slot': 'no common slot: the two are never free at the same time',
    'slots-full': 'slots full: every common free slot was taken',
    'no-interpreter': 'no interpreter: no common language and no interpreter free in a common slot',
    forbidden: 'forbidden pair',
    'no-gain': 'no gain: score ≤ 0',
    'required-infeasible': 'required pair that could not be placed',
    'no-match': 'no match: not one proposed pair (check product codes and certificates)',
    'not-scheduled': 'proposed pairs, none of them in the schedule',
  },
  agendas: {
    intro: 'One page per participant when printed (only the agendas are printed).',
    printHint: 'Print this page (Ctrl+P) for one agenda per sheet.',
    time: (zone) => `Time (venue, ${zone})`,
    localTime: (zone) => `Local time (${zone})`,
    table: 'Table',
    with: 'With',
    score: 'Score',
    why: 'Why',
    meetings: (n) => `${n} meeting${n === 1 ? '' : 's'}`,
  },
  side: { buyer: 'Buyer', supplier: 'Exhibitor' },
  footer: 'Made with cuohe from the matches and the schedule.',
};

export const ZH: ReportMessages = {
  lang: 'zh-CN',
  title: '撮合对接日',
  nav: {
    figures: '概况',
    grid: '日程总表',
    heat: '匹配分布',
    scores: '分数分布',
    noMeeting: '未安排洽谈',
    agendas: '个人日程',
  },
  figures: {
    participants: '参会方',
    buyersAndExhibitors: (b, s) => `采购商 ${b} 家，展商 ${s} 家`,
    meetings: '已安排洽谈',
    utilisation: '桌位利用率',
    utilisationDetail: (ts, slots, tables) => `共 ${ts} 个桌次（${slots} 个时段 × ${tables} 张桌）`,
    buyersMet: '有洽谈的采购商',
    suppliersMet: '有洽谈的展商',
    ofTotal: (n, total) => `${total} 家中 ${n} 家`,
    meanScore: '平均双向匹配分',
    pairs: (proposed, unplaced) => `推荐配对 ${proposed} 对，未安排 ${unplaced} 对`,
  },
  grid: {
    intro: '纵向为桌号，横向为时段。将鼠标移到或点击某场洽谈，可查看分数和匹配理由。',
    table: '桌号',
    slot: (n) => `第 ${n} 时段`,
    score: '分数',
    reasons: '匹配理由',
    noReasons: '匹配文件中没有理由',
    legend: '颜色表示分数',
    buyer: '采购商',
    exhibitor: '展商',
  },
  heat: {
    intro:
      '按采购商国家和 HS 章统计的可匹配配对（匹配推荐）与已安排洽谈。可匹配配对多而洽谈少的行，就是服务不足的市场。',
    eligible: '可匹配配对',
    met: '已安排洽谈',
    buyerCountry: '采购商国家',
    chapter: (code) => `HS 第 ${code} 章`,
    other: '其他',
    needsProfiles: '提供采购商和展商资料（--buyers、--suppliers）后，可按国家和行业查看匹配分布。',
  },
  scores: {
    intro: '推荐配对与已安排洽谈的双向匹配分分布。',
    score: '分数',
    pairs: '推荐配对',
    meetings: '已安排洽谈',
    count: '数量',
  },
  noMeeting: {
    intro: (n) => `${n} 个参会方没有洽谈。原因取自其分数最高的推荐配对。`,
    none: '每个参会方都至少有一场洽谈。',
    side: '类别',
    name: '名称',
    id: '编号',
    reason: '原因',
    detail: '说明',
    with: (name) => `最佳配对：${name}`,
    unplacedTitle: '未安排的推荐配对（按原因）',
    count: '配对数',
  },
  reasons: {
    capacity: '名额已满：洽谈名额给了分数更高的配对',
    'no-common-slot': '无共同时段：双方没有同时空闲的时段',
    'slots-full': '时段已满：共同空闲的时段都已被占用',
    'no-interpreter': '无翻译：双方无共同语言，共同空闲时段也没有可用的翻译',
    forbidden: '禁止配对',
    'no-gain': '无收益：分数 ≤ 0',
    'required-infeasible': '必须安排的配对无法安排',
    'no-match': '无匹配：没有任何推荐配对（请检查产品编码和证书）',
    'not-scheduled': '有推荐配对，但都不在日程中',
  },
  agendas: {
    intro: '打印时每个参会方一页（只打印个人日程）。',
    printHint: '打印本页（Ctrl+P），每张纸一份日程。',
    time: (zone) => `时间（会场，${zone}）`,
    localTime: (zone) => `当地时间（${zone}）`,
    table: '桌号',
    with: '洽谈对象',
    score: '分数',
    why: '理由',
    meetings: (n) => `共 ${n} 场洽谈`,
  },
  side: { buyer: '采购商', supplier: '展商' },
  footer: '由 cuohe 根据匹配结果和日程生成。',
};

export const messagesFor = (locale: 'en' | 'zh' = 'en'): ReportMessages => (locale === 'zh' ? ZH : EN);

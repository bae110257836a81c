/** What the calibration says to a person, in English and Chinese. Numbers arrive formatted. */
import type { Locale } from '../score/context.js';

export interface CalibrationMessages {
  // Outcome records.
  notAnObject: string;
  notAList: string;
  missing: string;
  notText: string;
  unknownBuyer: (id: string) => string;
  unknownSupplier: (id: string) => string;
  duplicatePair: (buyerId: string, supplierId: string, first: string) => string;
  badOutcome: (value: string, labels: string) => string;
  badGrade: string;
  unknownField: (field: string, suggestion: string | undefined) => string;
  invalidOutcomes: (n: number) => string;
  // Options.
  badOption: (name: string, rule: string) => string;
  // Refusal.
  tooFew: (found: string, needed: string) => string;
  // The before / after table.
  table: {
    metric: string;
    before: string;
    after: string;
    change: string;
    judged: (pairs: number, buyers: number, folds: number) => string;
    weights: string;
    component: string;
    defaults: string;
    fitted: string;
    byCountry: string;
    byChapter: string;
    group: string;
    buyers: string;
    pairs: string;
    noRelevant: string;
  };
  metricNames: {
    ndcg: (k: number) => string;
    recall: (k: number) => string;
    precision: (k: number) => string;
    mrr: string;
    coverage: (k: number) => string;
  };
  problems: (n: number) => string;
}

const EN: CalibrationMessages = {
  notAnObject: 'must be an object { buyerId, supplierId, outcome }',
  notAList: 'expected a list of outcome records',
  missing: 'is required',
  notText: 'must be text',
  unknownBuyer: (id) => `no buyer with id ${JSON.stringify(id)}`,
  unknownSupplier: (id) => `no supplier with id ${JSON.stringify(id)}`,
  duplicatePair: (b, s, first) => `the pair ${b} / ${s} is already graded (${first})`,
  badOutcome: (value, labels) =>
    `${JSON.stringify(value)} is not an outcome: give a grade (a number ≥ 0) or one of ${labels}`,
  badGrade: 'a grade must be a finite number ≥ 0',
  unknownField: (field, suggestion) =>
    `unknown field ${JSON.stringify(field)}${
      suggestion ? `: did you mean "${suggestion}"?` : ' (known: buyerId, supplierId, outcome)'
    }`,
  invalidOutcomes: (n) => `${n} invalid outcome record${n === 1 ? '' : 's'}`,
  badOption: (name, rule) => `${name} ${rule}`,
  tooFew: (found, needed) => `too few judged pairs to fit weights: found ${found}; needed ${needed}`,
  table: {
    metric: 'metric',
    before: 'before',
    after: 'after',
    change: 'change',
    judged: (pairs, buyers, folds) =>
      `${pairs} judged pairs of ${buyers} buyers, ${folds}-fold cross-validation by buyer (held-out buyers only)`,
    weights: 'weights',
    component: 'component',
    defaults: 'before',
    fitted: 'fitted',
    byCountry: 'by buyer country (nDCG)',
    byChapter: 'by wanted HS chapter (nDCG)',
    group: 'group',
    buyers: 'buyers',
    pairs: 'pairs',
    noRelevant: 'n/a',
  },
  metricNames: {
    ndcg: (k) => `nDCG@${k}`,
    recall: (k) => `recall@${k}`,
    precision: (k) => `precision@${k}`,
    mrr: 'MRR',
    coverage: (k) => `coverage@${k}`,
  },
  problems: (n) => `${n} problem${n === 1 ? '' : 's'} found`,
};

const ZH: CalibrationMessages = {
  notAnObject: '应为对象 { buyerId, supplierId, outcome }',
  notAList: '应为洽谈结果记录的列表',
  missing: '为必填项',
  notText: '应为文本',
  unknownBuyer: (id) => `没有 id 为 ${JSON.stringify(id)} 的采购商`,
  unknownSupplier: (id) => `没有 id 为 ${JSON.stringify(id)} 的供应商`,
  duplicatePair: (b, s, first) => `配对 ${b} / ${s} 已有结果（${first}）`,
  badOutcome: (value, labels) => `${JSON.stringify(value)} 不是有效结果：请填写评分（≥ 0 的数字）或 ${labels} 之一`,
  badGrade: '评分应为 ≥ 0 的有限数字',
  unknownField: (field, suggestion) =>
    `未知字段 ${JSON.stringify(field)}${suggestion ? `：是否应为 "${suggestion}"？` : '（可用字段：buyerId、supplierId、outcome）'}`,
  invalidOutcomes: (n) => `${n} 条洽谈结果记录无效`,
  badOption: (name, rule) => `${name} ${rule}`,
  tooFew: (found, needed) => `已评结果的配对太少，无法拟合权重：现有 ${found}；至少需要 ${needed}`,
  table: {
    metric: '指标',
    before: '调整前',
    after: '调整后',
    change: '变化',
    judged: (pairs, buyers, folds) =>
      `${buyers} 个采购商的 ${pairs} 个已评配对，按采购商分 ${folds} 折交叉验证（只在留出的采购商上评估）`,
    weights: '权重',
    component: '维度',
    defaults: '调整前',
    fitted: '拟合值',
    byCountry: '按采购商国家（nDCG）',
    byChapter: '按所需HS章（nDCG）',
    group: '分组',
    buyers: '采购商',
    pairs: '配对',
    noRelevant: '无',
  },
  metricNames: {
    ndcg: (k) => `nDCG@${k}`,
    recall: (k) => `召回率@${k}`,
    precision: (k) => `精确率@${k}`,
    mrr: 'MRR（平均倒数排名）',
    coverage: (k) => `覆盖率@${k}`,
  },
  problems: (n) => `发现 ${n} 个问题`,
};

export function calibrationMessages(locale: Locale | undefined): CalibrationMessages {
  return locale === 'zh' ? ZH : EN;
}

/**
 * The message table of validation issues: for each issue code, the text in English and
 * Chinese, made from the issue's params. Params that name a `rule` read as that rule's
 * sentence (issue-rules.ts). Sites that still pass English specifics as `detail` get them as
 * the English message, and in brackets after the code's Chinese sentence.
 */

import { ruleText } from './issue-rules.js';
import type { IssueCode, IssueLocale, IssueParams } from './types.js';

type Render = (p: IssueParams) => string;

/** English words and phrases used as `expected` and `what`, in Chinese; others are shown as they are. */
const WORDS_ZH: Record<string, string> = {
  text: '文本',
  'a number': '数字',
  'a string': '字符串',
  'an object': '对象',
  'a function': '函数',
  'a list': '列表',
  'true or false': 'true 或 false',
  'an HS code': 'HS 编码',
  'an ISIC code': 'ISIC 编码',
  'an e-mail address': '电子邮件地址',
  'a time zone': '时区',
  'an IANA time zone': 'IANA 时区',
  'a date': '日期',
  'a country code': '国家代码',
  field: '字段',
  option: '选项',
  column: '列',
  key: '键',
  id: 'id',
  buyer: '采购商',
  supplier: '供应商',
  'buyer id': '采购商 id',
  'supplier id': '供应商 id',
  records: '条记录',
  'supplier records': '条供应商记录',
  'buyer records': '条采购商记录',
};

const zhWord = (word: string | undefined, fallback = ''): string =>
  word === undefined ? fallback : (WORDS_ZH[word] ?? word);
const quoted = (v: string | number | undefined): string => `"${v ?? ''}"`;
/** The code's Chinese sentence, with the English specifics in brackets when there are any. */
const withDetail = (zh: string, p: IssueParams): string => (p.detail ? `${zh}（${p.detail}）` : zh);

function rangeEn(p: IssueParams): string {
  const kind = p.whole ? 'a whole number' : p.min !== undefined && p.max !== undefined ? 'a number' : 'a finite number';
  if (p.min !== undefined && p.max !== undefined) {
    return p.whole ? `must be ${kind} from ${p.min} to ${p.max}` : `must be ${kind} between ${p.min} and ${p.max}`;
  }
  if (p.min !== undefined)
    return p.whole && p.min === 1 ? 'must be a positive whole number' : `must be ${kind} ≥ ${p.min}`;
  if (p.max !== undefined) return `must be ${kind} ≤ ${p.max}`;
  return p.whole ? 'must be a whole number' : 'is out of range';
}

function rangeZh(p: IssueParams): string {
  const kind = p.whole ? '整数' : '数';
  if (p.min !== undefined && p.max !== undefined) return `必须是 ${p.min} 至 ${p.max} 之间的${kind}`;
  if (p.min !== undefined) return `必须是不小于 ${p.min} 的${kind}`;
  if (p.max !== undefined) return `必须是不大于 ${p.max} 的${kind}`;
  return p.whole ? '必须是整数' : '超出允许范围';
}

const structured = (p: IssueParams, keys: (keyof IssueParams)[]) => keys.some((k) => p[k] !== undefined);

/** The sentences of the codes, for params that name no rule. */
const CODE_TEXT: Record<IssueCode, Record<IssueLocale, Render>> = {
  required: {
    en: (p) => p.detail ?? 'is required',
    zh: (p) => withDetail('必填，不能为空', p),
  },
  'wrong-type': {
    en: (p) => p.detail ?? `must be ${p.expected ?? 'another kind of value'}`,
    zh: (p) => (p.expected !== undefined ? `必须是${zhWord(p.expected)}` : withDetail('值的类型不对', p)),
  },
  'not-a-number': {
    en: (p) => p.detail ?? `${quoted(p.value)} is not a number`,
    zh: (p) => (p.value !== undefined ? `${quoted(p.value)} 不是数字` : withDetail('不是数字', p)),
  },
  'out-of-range': {
    en: (p) => p.detail ?? rangeEn(p),
    zh: (p) => (structured(p, ['min', 'max', 'whole']) ? rangeZh(p) : withDetail('超出允许范围', p)),
  },
  'invalid-value': {
    en: (p) => p.detail ?? `${quoted(p.value)} is not ${p.expected ?? 'a valid value'}`,
    zh: (p) =>
      p.expected !== undefined
        ? `${p.value !== undefined ? `${quoted(p.value)} ` : ''}不是有效的${zhWord(p.expected)}`
        : withDetail(p.value !== undefined ? `${quoted(p.value)} 无效` : '取值无效', p),
  },
  'unknown-key': {
    en: (p) =>
      p.detail ??
      (p.suggestion
        ? `unknown ${p.what ?? 'key'} ${quoted(p.key)}: did you mean ${quoted(p.suggestion)}?`
        : `unknown ${p.what ?? 'key'} ${quoted(p.key)} (expected ${(p.known ?? []).join(', ')})`),
    zh: (p) =>
      p.key === undefined
        ? withDetail('未知的键', p)
        : p.suggestion
          ? `未知的${zhWord(p.what, '键')} ${quoted(p.key)}：是否想写 ${quoted(p.suggestion)}？`
          : p.known?.length
            ? `未知的${zhWord(p.what, '键')} ${quoted(p.key)}（可用：${p.known.join('、')}）`
            : withDetail(`未知的${zhWord(p.what, '键')} ${quoted(p.key)}`, p),
  },
  'unknown-id': {
    en: (p) => p.detail ?? `unknown ${p.what ?? 'id'} ${quoted(p.id)}`,
    zh: (p) =>
      p.id !== undefined ? `未知的${zhWord(p.what, 'id')} ${quoted(p.id)}` : withDetail('引用了不存在的 id', p),
  },
  'duplicate-id': {
    en: (p) =>
      p.detail ?? `duplicate id ${quoted(p.id)}${p.first !== undefined ? ` (first used by record ${p.first})` : ''}`,
    zh: (p) =>
      p.id !== undefined
        ? `重复的 id ${quoted(p.id)}${p.first !== undefined ? `（第 ${p.first} 条记录已使用）` : ''}`
        : withDetail('重复出现', p),
  },
  conflict: {
    en: (p) => p.detail ?? 'contradicts another value',
    zh: (p) => withDetail('与其他值矛盾', p),
  },
  'too-many': {
    en: (p) => p.detail ?? `at most ${p.max ?? ''} ${p.what ?? 'items'}`,
    zh: (p) => (p.max !== undefined ? `最多 ${p.max} ${zhWord(p.what, '项')}` : withDetail('数量超出上限', p)),
  },
  unreadable: {
    en: (p) => p.detail ?? 'cannot be read',
    zh: (p) => withDetail('无法读取', p),
  },
};

/**
 * The message table: for each code, English and Chinese — the sentence of the params' `rule`
 * when they name one (issue-rules.ts), else the code's own sentence.
 * @example
 * ISSUE_TEXT['not-a-number'].zh({ value: 'abc' }); // '"abc" 不是数字'
 */
export const ISSUE_TEXT = Object.fromEntries(
  Object.entries(CODE_TEXT).map(([code, text]) => [
    code,
    {
      en: (p: IssueParams) => ruleText(p, 'en') ?? text.en(p),
      zh: (p: IssueParams) => ruleText(p, 'zh') ?? text.zh(p),
    },
  ]),
) as Record<IssueCode, Record<IssueLocale, Render>>;

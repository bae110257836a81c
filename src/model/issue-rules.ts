/**
 * Sentences for specific validation rules, in English and Chinese: an issue whose params name a
 * `rule` reads as that rule's sentence, made from the other params (the value, a limit, the
 * known choices). The issue's `code` still says what kind of problem it is.
 */
import type { IssueLocale, IssueParams } from './types.js';

type Render = (p: IssueParams) => string;

/** A value as the messages quote it (JSON, so "" and " x " stay visible). */
const v = (p: IssueParams): string => JSON.stringify(p.value ?? '');
/** A value as it is (an error's text, a count). */
const raw = (p: IssueParams): string => String(p.value ?? '');
const max = (p: IssueParams): string => String(p.max ?? '');
const field = (p: IssueParams): string => p.field ?? '';
const choices = (p: IssueParams, separator: string): string => (p.known ?? []).join(separator);
/** The suggested country, in both languages in the English message (as registration desks need it). */
const didYouMean = (p: IssueParams): string =>
  p.suggestion ? `: did you mean ${p.suggestion}? (是否应为 ${p.suggestion}？)` : '';
/** `describe`'s words for a value's kind ("an object", "number 5"), in Chinese. */
const KIND_ZH: [RegExp, string][] = [
  [/^an array$/, '数组'],
  [/^an object$/, '对象'],
  [/^null$/, 'null'],
  [/^string /, '字符串 '],
  [/^number /, '数字 '],
  [/^boolean /, '布尔值 '],
  [/^undefined$/, '空值'],
  [/^bigint /, '大整数 '],
  [/^function$/, '函数'],
  [/^symbol$/, '符号'],
];
const kindZh = (p: IssueParams): string => {
  const text = String(p.value ?? '');
  const rule = KIND_ZH.find(([from]) => from.test(text));
  return rule ? text.replace(rule[0], rule[1]) : text;
};
/** Where a record is, by `what`: a file line, a spreadsheet row or a JSON record (`first`). */
const whereEn = (p: IssueParams): string =>
  `${p.what === 'record' ? 'by' : p.what === 'row' ? 'in' : 'on'} ${p.what ?? 'line'} ${p.first ?? ''}`;
const whereZh = (p: IssueParams): string =>
  p.what === 'record' ? `第 ${p.first ?? ''} 条记录` : `第 ${p.first ?? ''} 行的记录`;
const sideZh = (p: IssueParams): string => (p.what === 'buyer' || p.what === 'buyers' ? '采购商' : '供应商');
const didYouMeanZh = (p: IssueParams): string => (p.suggestion ? `：是否应为 ${p.suggestion}？` : '');
const unknownKeysEn = (p: IssueParams): string =>
  (p.keys?.length ? p.keys : [{ key: '' }])
    .map(({ key, suggestion }) =>
      suggestion
        ? `unknown key "${key}": did you mean "${suggestion}"?`
        : `unknown key "${key}" (expected ${choices(p, ', ')})`,
    )
    .join('; ');
const unknownKeysZh = (p: IssueParams): string =>
  (p.keys?.length ? p.keys : [{ key: '' }])
    .map(({ key, suggestion }) =>
      suggestion ? `未知的键 "${key}"：是否想写 "${suggestion}"？` : `未知的键 "${key}"（可用：${choices(p, '、')}）`,
    )
    .join('；');

/**
 * The rules and their sentences.
 * @example
 * ISSUE_RULES['hs-unknown'].zh({ value: '9999' }); // '"9999" 不在 HS 2022 目录中'
 */
export const ISSUE_RULES = {
  // Types.
  'string-type': { en: () => 'must be a string', zh: () => '必须是字符串' },
  'list-type': { en: () => 'must be a list', zh: () => '必须是列表' },
  'number-type': { en: () => 'must be a number', zh: () => '必须是数字' },
  'numbers-type': { en: () => 'must be a list of numbers', zh: () => '必须是数字列表' },
  'days-type': { en: () => 'must be a number of days', zh: () => '必须是天数' },
  'field-number-type': { en: (p) => `${field(p)} must be a number`, zh: (p) => `${field(p)} 必须是数字` },
  'one-of': { en: (p) => `must be one of ${choices(p, ', ')}`, zh: (p) => `必须是以下之一：${choices(p, '、')}` },
  'country-type': {
    en: () => 'must be a string (ISO 3166-1 alpha-2 country code)',
    zh: () => '必须是字符串（ISO 3166-1 alpha-2 国家代码）',
  },
  'place-type': {
    en: () => 'must be a string (country, M49 region or trade bloc code)',
    zh: () => '必须是字符串（国家、M49 地区或贸易集团代码）',
  },
  'hs-type': {
    en: () => 'must be a string (HS codes keep their leading zeros)',
    zh: () => '必须是字符串（HS 编码须保留前导零）',
  },
  'isic-type': { en: () => 'must be a string (ISIC Rev.4 code)', zh: () => '必须是字符串（ISIC Rev.4 编码）' },
  'language-type': { en: () => 'must be a string (ISO 639-1 code)', zh: () => '必须是字符串（ISO 639-1 语言代码）' },
  'timezone-type': { en: () => 'must be a string (IANA time zone)', zh: () => '必须是字符串（IANA 时区）' },
  'date-type': { en: () => 'must be an ISO 8601 date (YYYY-MM-DD)', zh: () => '必须是 ISO 8601 日期（YYYY-MM-DD）' },
  'inferred-type': { en: () => 'must be an object { code, from }', zh: () => '必须是对象 { code, from }' },
  'origins-type': {
    en: () => 'must be an object { include?, exclude? }',
    zh: () => '必须是对象 { include?, exclude? }',
  },
  // Sizes and ranges.
  'not-empty': { en: () => 'must not be empty', zh: () => '不能为空' },
  'max-characters': { en: (p) => `must be at most ${max(p)} characters`, zh: (p) => `最多 ${max(p)} 个字符` },
  'max-entries': { en: (p) => `must have at most ${max(p)} entries`, zh: (p) => `最多 ${max(p)} 项` },
  'max-dimensions': { en: (p) => `must have at most ${max(p)} dimensions`, zh: (p) => `最多 ${max(p)} 维` },
  finite: { en: () => 'must be a finite number', zh: () => '必须是有限的数' },
  'field-finite': { en: (p) => `${field(p)} must be a finite number`, zh: (p) => `${field(p)} 必须是有限的数` },
  'field-negative': { en: (p) => `${field(p)} must not be negative`, zh: (p) => `${field(p)} 不能为负数` },
  'field-max': { en: (p) => `${field(p)} must be at most ${max(p)}`, zh: (p) => `${field(p)} 不能大于 ${max(p)}` },
  'days-range': { en: (p) => `must be between 0 and ${max(p)} days`, zh: (p) => `必须在 0 至 ${max(p)} 天之间` },
  'whole-range': {
    en: (p) => `must be a whole number between 0 and ${max(p)}`,
    zh: (p) => `必须是 0 至 ${max(p)} 之间的整数`,
  },
  // Codes and values.
  'not-country': {
    en: (p) => `${v(p)} is not an ISO 3166-1 alpha-2 country code${didYouMean(p)}`,
    zh: (p) => `${v(p)} 不是 ISO 3166-1 alpha-2 国家代码${didYouMeanZh(p)}`,
  },
  'not-place': {
    en: (p) => `${v(p)} is not a country (ISO alpha-2), UN M49 region or trade bloc code${didYouMean(p)}`,
    zh: (p) => `${v(p)} 不是国家（ISO alpha-2）、联合国 M49 地区或贸易集团代码${didYouMeanZh(p)}`,
  },
  'hs-national-line': {
    en: (p) => `${v(p)} is a national tariff line: use its first 6 digits (${String(p.value ?? '').slice(0, 6)})`,
    zh: (p) => `${v(p)} 是各国税则的细分编码：请用前 6 位（${String(p.value ?? '').slice(0, 6)}）`,
  },
  'hs-leading-zero': {
    en: (p) => {
      const code = String(p.value ?? '');
      return (
        `${v(p)} has ${code.length} digit${code.length === 1 ? '' : 's'}: probably 0${code} ` +
        'with its leading zero lost (a spreadsheet stored it as a number; format the column as text) — ' +
        `疑似丢失前导零，应为 0${code}`
      );
    },
    zh: (p) =>
      `${v(p)} 只有 ${String(p.value ?? '').length} 位：疑似丢失前导零，应为 0${String(p.value ?? '')}` +
      '（电子表格把它存成了数字；请把该列设为文本格式）',
  },
  'hs-digits': {
    en: (p) => `${v(p)} is not an HS code (2, 4 or 6 digits)`,
    zh: (p) => `${v(p)} 不是 HS 编码（应为 2、4 或 6 位数字）`,
  },
  'hs-unknown': { en: (p) => `${v(p)} is not in the HS 2022 nomenclature`, zh: (p) => `${v(p)} 不在 HS 2022 目录中` },
  'isic-unknown': {
    en: (p) => `${v(p)} is not an ISIC Rev.4 division, group or class`,
    zh: (p) => `${v(p)} 不是 ISIC Rev.4 的大类、中类或小类`,
  },
  'certificate-letters': { en: () => 'must contain letters or digits', zh: () => '必须包含字母或数字' },
  'not-language': {
    en: (p) => `${v(p)} is not an ISO 639-1 language code`,
    zh: (p) => `${v(p)} 不是 ISO 639-1 语言代码`,
  },
  'not-timezone': { en: (p) => `${v(p)} is not an IANA time zone`, zh: (p) => `${v(p)} 不是 IANA 时区` },
  'not-tier': {
    en: (p) => `${v(p)} is not a tier (${choices(p, ', ')})`,
    zh: (p) => `${v(p)} 不是企业梯度（${choices(p, '、')}）`,
  },
  'not-date': {
    en: (p) => `${v(p)} is not an ISO 8601 date (YYYY-MM-DD)`,
    zh: (p) => `${v(p)} 不是 ISO 8601 日期（YYYY-MM-DD）`,
  },
  'unknown-keys': { en: unknownKeysEn, zh: unknownKeysZh },
  // Records.
  'records-type': {
    en: (p) => `expected an array of ${p.what ?? ''} records, got ${raw(p)}`,
    zh: (p) => `应为${sideZh(p)}记录的数组，实际是${kindZh(p)}`,
  },
  'record-type': {
    en: (p) => `expected a ${p.what ?? ''} record (an object), got ${raw(p)}`,
    zh: (p) => `应为${sideZh(p)}记录（对象），实际是${kindZh(p)}`,
  },
  'too-many-records': {
    en: (p) => `at most ${max(p)} ${p.what ?? ''} records at once`,
    zh: (p) => `一次最多 ${max(p)} 条${sideZh(p)}记录`,
  },
  'record-unreadable': {
    en: (p) => `reading the record failed: ${raw(p)}`,
    zh: (p) => `读取记录失败：${raw(p)}`,
  },
  'records-unreadable': {
    en: (p) => `reading the records failed: ${raw(p)}`,
    zh: (p) => `读取记录失败：${raw(p)}`,
  },
  'supplier-codes': {
    en: () =>
      'a supplier needs at least one product (HS) or activity (ISIC) code ' +
      '(or codes inferred from its description: inferCodes in cuohe/descriptions)',
    zh: () =>
      '供应商至少需要一个产品（HS）或经营活动（ISIC）编码（或由描述推断出的编码：见 cuohe/descriptions 的 inferCodes）',
  },
  'buyer-codes': {
    en: () =>
      'must name at least one HS code (or codes inferred from the description: inferCodes in cuohe/descriptions)',
    zh: () => '至少需要一个 HS 编码（或由描述推断出的编码：见 cuohe/descriptions 的 inferCodes）',
  },
  'included-and-excluded': {
    en: (p) => `${v(p)} is both included and excluded`,
    zh: (p) => `${v(p)} 同时出现在 include 与 exclude 中`,
  },
  'dimension-mismatch': {
    en: (p) =>
      `has ${raw(p)} dimensions; record ${p.first ?? ''} has ${max(p)} ` + '(all records need the same dimension)',
    zh: (p) => `有 ${raw(p)} 维；第 ${p.first ?? ''} 条记录有 ${max(p)} 维（所有记录的维数必须相同）`,
  },
  // Files and options of the command line.
  'duplicate-id-at': {
    en: (p) => `duplicate id "${p.id ?? ''}" (first used ${whereEn(p)})`,
    zh: (p) => `重复的 id "${p.id ?? ''}"（${whereZh(p)}已使用）`,
  },
  'dimension-mismatch-at': {
    en: (p) => `has ${raw(p)} dimensions; ${whereEn(p)} has ${max(p)} (all records need the same dimension)`,
    zh: (p) => `有 ${raw(p)} 维；${whereZh(p)}有 ${max(p)} 维（所有记录的维数必须相同）`,
  },
  'unknown-encoding': {
    en: (p) => `unknown encoding ${v(p)} (use utf-8, gb18030, gbk or windows-1252)`,
    zh: (p) => `未知的编码 ${v(p)}（可用 utf-8、gb18030、gbk 或 windows-1252）`,
  },
  'invalid-encoding': { en: (p) => `the file is not valid ${raw(p)}`, zh: (p) => `文件不是有效的 ${raw(p)} 编码` },
  'file-unreadable': { en: (p) => `cannot read the file (${raw(p)})`, zh: (p) => `无法读取文件（${raw(p)}）` },
  'empty-file': { en: () => 'the file is empty', zh: () => '文件为空' },
  'invalid-json': { en: (p) => `not valid JSON: ${raw(p)}`, zh: (p) => `不是有效的 JSON：${raw(p)}` },
  'old-workbook': {
    en: (p) => `${raw(p)} workbooks are not read: save it as .xlsx (or CSV UTF-8) and try again`,
    zh: (p) => `不读取 ${raw(p)} 工作簿：请另存为 .xlsx（或 CSV UTF-8）后重试`,
  },
  'columns-type': {
    en: () => 'expected a JSON object mapping column headers to field names',
    zh: () => '应为把列标题映射到字段名的 JSON 对象',
  },
  'weights-type': {
    en: () => 'expected a JSON object of component weights, e.g. { "industry": 0.4, "region": 0.2 }',
    zh: () => '应为各评分项权重的 JSON 对象，如 { "industry": 0.4, "region": 0.2 }',
  },
  'records-array': {
    en: (p) => `expected an array of ${p.what ?? ''} records`,
    zh: (p) => `应为${sideZh(p)}记录的数组`,
  },
  'no-records': {
    en: (p) => `no ${p.what ?? ''} records (only a header, or nothing that reads as one)`,
    zh: (p) => `没有${sideZh(p)}记录（只有表头，或没有能读成记录的内容）`,
  },
  'more-problems': {
    en: (p) => `… and ${max(p)} more problems not listed`,
    zh: (p) => `……另有 ${max(p)} 个问题未列出`,
  },
  'overwrites-input': {
    en: (p) => `would overwrite the input file of ${p.key ?? ''} (${raw(p)})`,
    zh: (p) => `会覆盖 ${p.key ?? ''} 的输入文件（${raw(p)}）`,
  },
  'same-output': { en: (p) => `is the same file as ${p.key ?? ''}`, zh: (p) => `与 ${p.key ?? ''} 是同一个文件` },
  'not-one-of': {
    en: (p) => `${v(p)} is not one of ${choices(p, ', ')}`,
    zh: (p) => `${v(p)} 不是以下之一：${choices(p, '、')}`,
  },
  'weights-spec': {
    en: (p) => `${v(p)} is not name=number (e.g. industry=0.5,region=0.2)`,
    zh: (p) => `${v(p)} 不是“名称=数值”的写法（如 industry=0.5,region=0.2）`,
  },
  'not-positive-whole': { en: (p) => `${v(p)} is not a positive whole number`, zh: (p) => `${v(p)} 不是正整数` },
  'not-whole-from-1': {
    en: (p) => `${v(p)} is not a whole number of at least 1`,
    zh: (p) => `${v(p)} 不是不小于 1 的整数`,
  },
  'not-whole': { en: (p) => `${v(p)} is not a whole number`, zh: (p) => `${v(p)} 不是整数` },
  'not-unit-number': { en: (p) => `${v(p)} is not a number from 0 to 1`, zh: (p) => `${v(p)} 不是 0 至 1 之间的数` },
  'not-timezone-example': {
    en: (p) => `${v(p)} is not an IANA time zone (e.g. Asia/Shanghai)`,
    zh: (p) => `${v(p)} 不是 IANA 时区（如 Asia/Shanghai）`,
  },
  'en-or-zh': { en: () => 'must be en or zh', zh: () => '必须是 en 或 zh' },
} satisfies Record<string, Record<IssueLocale, Render>>;

/**
 * The name of a rule with its own sentence (`IssueParams.rule`): a reported problem with a rule
 * reads in English and in Chinese from the rule and its params.
 * @example
 * import { issueMessage, type IssueRule, parseSuppliers, ValidationError } from 'cuohe';
 * try {
 *   parseSuppliers(rows);
 * } catch (e) {
 *   if (e instanceof ValidationError)
 *     for (const problem of e.issues) {
 *       const rule: IssueRule | undefined = problem.params?.rule;
 *       console.log(rule ?? problem.code, issueMessage(problem, 'zh'));
 *     }
 * }
 */
export type IssueRule = keyof typeof ISSUE_RULES;

/** The sentence of `p.rule` in `locale`, or undefined when the params name no known rule. */
export function ruleText(p: IssueParams, locale: IssueLocale): string | undefined {
  const rule = p.rule !== undefined && Object.hasOwn(ISSUE_RULES, p.rule) ? ISSUE_RULES[p.rule] : undefined;
  return rule?.[locale](p);
}

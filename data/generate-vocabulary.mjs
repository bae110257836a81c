/**
 * Words → HS codes: builds the suggester's vocabulary tables and the Chinese names of HS codes
 * from data/text-to-hs/ (sources, licences and dates in data/README.md). Imported by
 * data/generate.mjs; deterministic (sorted output, no clock, no locale-dependent calls).
 *
 * Output, both behind `cuohe/descriptions`:
 * - src/taxonomy/generated/hs-vocabulary.generated.ts — per HS 2022 code (6-digit subheading, or
 *   4-digit heading for heading-wide names), the trade terms and national tariff names that
 *   denote it, one packed string per source.
 * - src/taxonomy/generated/hs-descriptions-zh.generated.ts — simplified Chinese names of HS
 *   sections, chapters, headings and subheadings.
 */
import * as OpenCC from 'opencc-js';
import { hmrcTermRole } from './text-to-hs/split.mjs';

/** Traditional (Taiwan) → simplified (mainland) conversion with Taiwan → mainland phrasing (资料 → 数据), OpenCC tables. */
const toSimplified = OpenCC.Converter({ from: 'twp', to: 'cn' });

/** NFKC folds full-width digits and letters (３００ → 300); collapse whitespace. */
const clean = (text) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * The China Customs English names were converted from CP1252 upstream with GB2312 symbols
 * mis-decoded: ¡Ü is ≤, ¡Ý is ≥, £¼ is <, £¾ is >, ¡Á is ×, ¡æ is ℃.
 */
const fixCustomsEnglish = (text) =>
  clean(
    text
      .replaceAll('¡Ü', ' ≤ ')
      .replaceAll('¡Ý', ' ≥ ')
      .replaceAll('£¼', ' < ')
      .replaceAll('£¾', ' > ')
      .replaceAll('¡Á', '×')
      .replaceAll('¡æ', '℃'),
  );

/** Packs code → names as "code\tname\tname\n…", codes and names sorted, names de-duplicated. */
function pack(map) {
  return [...map.keys()]
    .sort()
    .map((code) => [code, ...[...new Set(map.get(code))].sort()].join('\t'))
    .join('\n');
}

function add(map, code, name) {
  if (!name) return;
  if (!map.has(code)) map.set(code, []);
  map.get(code).push(name);
}

/** Headings created by HS 2022 (absent from the HS 2017-based Taiwan tariff), in the wording of China's tariff. */
const NEW_IN_HS2022_ZH = {
  '0309': '鱼、甲壳动物、软体动物及其他水生无脊椎动物的细粉、粗粉及团粒，适合供人食用',
  2404: '含烟草、再造烟草、尼古丁或烟草、尼古丁代用品的非经燃烧吸用的产品；其他供人体摄入尼古丁的含尼古丁的产品',
  3827: '含甲烷、乙烷或丙烷的卤化衍生物的混合物，其他品目未列名的',
  8485: '增材制造设备',
  8524: '平板显示模组，不论是否装有触摸屏',
  8549: '电子电气废弃物及碎料',
  8806: '无人驾驶航空器',
  8807: '品目88.01、88.02或88.06所列货品的零件',
};

/**
 * @typedef {(path: string, header: string[], body: string) => void} Write
 * @param {{ read: (file: string) => string, write: Write, hs: Array<Record<string, string>> }} io
 */
export function generateVocabulary({ read, write, hs }) {
  const subheadings = new Set(hs.filter((r) => r.level === '6').map((r) => r.code));
  const headings = new Set(hs.filter((r) => r.level === '4').map((r) => r.code));
  const chapters = new Set(hs.filter((r) => r.level === '2').map((r) => r.code));
  /** A national code's HS 2022 target: its subheading, else its heading, else nothing (moved or removed in 2022). */
  const target = (code) =>
    subheadings.has(code.slice(0, 6))
      ? code.slice(0, 6)
      : headings.has(code.slice(0, 4))
        ? code.slice(0, 4)
        : undefined;
  const stats = {
    hmrc: 0,
    hmrcReserved: 0,
    hmrcDropped: 0,
    customs: 0,
    customsDropped: 0,
    taiwan: 0,
    taiwanDropped: 0,
  };

  // HMRC plain-English search terms → UK commodity codes (first 6 digits = HS subheading).
  const enTerms = new Map();
  for (const [term, code] of Object.entries(JSON.parse(read('text-to-hs/hmrc-search-references.json')))) {
    if (hmrcTermRole(term) !== 'vocabulary') {
      stats.hmrcReserved++;
      continue;
    }
    const t = target(code);
    if (!t) {
      stats.hmrcDropped++;
      continue;
    }
    add(enTerms, t, clean(term));
    stats.hmrc++;
  }

  // China Customs 8-digit names (HS 2022 basis), Chinese and English.
  const zhCustoms = new Map();
  const enCustoms = new Map();
  const cn8ByHs6 = new Map();
  for (const line of read('text-to-hs/china-customs-cn8-2023.tsv').split('\n').slice(1)) {
    if (!line.trim()) continue;
    const [cn8, zh, en] = line.split('\t');
    const t = target(cn8);
    if (t?.length !== 6) {
      stats.customsDropped++;
      continue;
    }
    const zhName = clean(zh ?? '');
    add(zhCustoms, t, zhName);
    add(enCustoms, t, fixCustomsEnglish(en ?? ''));
    if (zhName) add(cn8ByHs6, t, zhName);
    stats.customs++;
  }

  // Taiwan tariff (HS 2017 basis, traditional Chinese): headings (4) and national lines (8);
  // subheading (6) and group (5) lines are relative to their heading ("其他", "─馬︰") and skipped.
  const zhTaiwan = new Map();
  const twChapter = new Map();
  const twSection = new Map();
  const twHeading = new Map();
  const twSub = new Map();
  for (const raw of read('text-to-hs/taiwan-tariff-zh-hant.txt').split(/\r?\n/).slice(1)) {
    const m = /^(\S+)\s+(.*)$/.exec(raw.trim());
    if (!m) continue;
    const [, code, note] = m;
    const name = clean(toSimplified(note));
    if (/^S\d\d$/.test(code)) twSection.set(code, name.replace(/^第\s*\d+\s*类\s*/u, ''));
    else if (/^\d{2}$/.test(code)) twChapter.set(code, name.replace(/^第\s*\d+\s*章\s*/u, ''));
    else if (/^\d{4}$/.test(code)) {
      if (!headings.has(code)) {
        stats.taiwanDropped++;
        continue;
      }
      twHeading.set(code, name);
      add(zhTaiwan, code, name);
      stats.taiwan++;
    } else if (/^\d{6}$/.test(code)) twSub.set(code, name);
    else if (/^\d{8}$/.test(code)) {
      if (!subheadings.has(code.slice(0, 6))) {
        stats.taiwanDropped++;
        continue;
      }
      add(zhTaiwan, code.slice(0, 6), name);
      stats.taiwan++;
    }
  }

  const SOURCE = [
    'Words → HS 2022 codes. Sources (see data/README.md): HM Revenue & Customs trade-tariff search references',
    '(trade-tariff/trade-tariff-lambdas-fpo-search, MIT, Crown Copyright); China Customs statistical commodity names',
    '2023 (via turbanisch/chinautils, MIT); ' +
      'Taiwan Ministry of Finance customs tariff (via chinhungtseng/mofgc413, MIT),',
    'converted to simplified Chinese with OpenCC (opencc-js, Apache-2.0). HS 2017 codes not in HS 2022 are dropped.',
  ];
  write(
    'src/taxonomy/generated/hs-vocabulary.generated.ts',
    SOURCE,
    [
      '/** Packed "code\\tname\\tname…" lines: HMRC plain-English trade terms. */',
      `export const HS_TERMS_EN_TRADE = ${JSON.stringify(pack(enTerms))};`,
      '/** Packed lines: China Customs English names of the 8-digit lines, by subheading. */',
      `export const HS_TERMS_EN_CUSTOMS = ${JSON.stringify(pack(enCustoms))};`,
      '/** Packed lines: China Customs Chinese names of the 8-digit lines, by subheading. */',
      `export const HS_TERMS_ZH_CUSTOMS = ${JSON.stringify(pack(zhCustoms))};`,
      '/** Packed lines: Taiwan tariff names (simplified), headings (4 digits) and 8-digit lines (by subheading). */',
      `export const HS_TERMS_ZH_TARIFF = ${JSON.stringify(pack(zhTaiwan))};`,
    ].join('\n'),
  );

  // Chinese names. Sections, chapters, headings: the Taiwan tariff's names (simplified, mainland
  // phrasing). A subheading: its China Customs name when it has a single 8-digit line; else its
  // residual 8-digit line ("其他…", the last one), which restates the subheading's scope, without
  // the leading "其他"/"未列名". A heading new in HS 2022 (absent from the 2017-based Taiwan
  // tariff): the wording of China's 2022 tariff for it, written out below. A subheading without
  // China Customs lines: "heading：Taiwan subheading name".
  const roman = [
    'I',
    'II',
    'III',
    'IV',
    'V',
    'VI',
    'VII',
    'VIII',
    'IX',
    'X',
    'XI',
    'XII',
    'XIII',
    'XIV',
    'XV',
    'XVI',
    'XVII',
    'XVIII',
    'XIX',
    'XX',
    'XXI',
  ];
  const zh = {};
  for (const [code, name] of twSection) zh[roman[Number(code.slice(1)) - 1]] = name;
  for (const [code, name] of twChapter) if (chapters.has(code)) zh[code] = name;
  const subName = (code) => {
    const lines = cn8ByHs6.get(code) ?? [];
    if (lines.length === 1) return lines[0];
    if (lines.length > 1) return lines[lines.length - 1].replace(/^(其他|未列名)/u, '');
    return undefined;
  };
  const newHeadings = [];
  for (const code of [...headings].sort()) {
    let name = twHeading.get(code);
    if (!name) {
      name = NEW_IN_HS2022_ZH[code];
      newHeadings.push(code);
    }
    if (name) zh[code] = name;
  }
  for (const code of [...subheadings].sort()) {
    const tw = twSub
      .get(code)
      ?.replace(/^[─－-]+/u, '')
      .replace(/[︰:：]$/u, '');
    const name = subName(code) ?? (tw ? `${zh[code.slice(0, 4)]}：${tw}` : zh[code.slice(0, 4)]);
    if (name) zh[code] = name;
  }
  write(
    'src/taxonomy/generated/hs-descriptions-zh.generated.ts',
    [
      'Simplified Chinese names of HS 2022 codes. Sources: Taiwan Ministry of Finance customs tariff ' +
        '(via chinhungtseng/mofgc413,',
      'MIT; converted with OpenCC) and China Customs statistical commodity names 2023 ' +
        '(via turbanisch/chinautils, MIT).',
    ],
    [
      '/** HS 2022 code (section numeral, chapter, heading, subheading) → simplified Chinese name. */',
      `export const HS_DESCRIPTIONS_ZH: Readonly<Record<string, string>> = ${JSON.stringify(zh)};`,
    ].join('\n'),
  );
  console.log(
    `vocabulary: ${JSON.stringify(stats)}; Chinese names: ${Object.keys(zh).length} ` +
      `(headings new in HS 2022, named in the code: ${newHeadings.join(' ')})`,
  );
}

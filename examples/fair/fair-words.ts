/**
 * How the synthetic fair's firms write about themselves: company names built from the product
 * line they work in, and short descriptions in English or Chinese, the way registration forms
 * and B2B marketplaces show them.
 */
import type { Words } from './industries.js';

/** Legal forms of Chinese firms, English and Chinese; farms rarely call themselves "Technology". */
export const CHINESE_SUFFIXES: Words[] = [
  ['Co., Ltd.', '有限公司'],
  ['Technology Co., Ltd.', '科技有限公司'],
  ['Industrial Co., Ltd.', '实业有限公司'],
  ['Manufacturing Co., Ltd.', '制造有限公司'],
  ['Group Co., Ltd.', '集团有限公司'],
];
export const CHINESE_FARM_SUFFIXES: Words[] = [
  ['Co., Ltd.', '有限公司'],
  ['Agriculture Co., Ltd.', '农业有限公司'],
  ['Ecological Agriculture Co., Ltd.', '生态农业有限公司'],
];

/** What a buyer's firm calls itself after its trade words ("Hamburg Tea Trading GmbH"). */
export const BUYER_ROLES = ['Trading', 'Import', 'Distribution', 'Wholesale', 'Sourcing', 'Supply'] as const;
/** How a buyer introduces itself in a description. */
const BUYER_KINDS = [
  'Importer',
  'Wholesaler',
  'Distributor',
  'Retail chain',
  'Sourcing agent',
  'Online retailer',
] as const;

const MAKER_EXTRAS: Words[] = [
  ['OEM and ODM welcome.', '支持OEM/ODM定制。'],
  ['In-house R&D team and testing lab.', '拥有自主研发团队和检测实验室。'],
  ['Exporting to Europe, Southeast Asia and the Middle East.', '产品远销欧美、东南亚和中东。'],
  ['Small orders accepted.', '接受小批量订单。'],
  ['', ''],
];
const FARM_EXTRAS: Words[] = [
  ['Own plantations, organic certified.', '自有种植基地，通过有机认证。'],
  ['Direct from the origin, traceable batches.', '产地直供，批次可追溯。'],
  ['', ''],
];

/** 12345 → "12,345" (locale-independent, and much faster than toLocaleString). */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "a", "a and b", "a, b and c". */
export function listEnglish(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function titleCase(s: string): string {
  return s.replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase());
}

/** What an exhibitor writes in its profile's free-text field. */
export function supplierDescription(
  language: 'en' | 'zh',
  line: { trade: Words; grows?: boolean },
  city: Words | string,
  products: readonly Words[],
  extra: number,
): string {
  const [cityEn, cityZh] = typeof city === 'string' ? [city, city] : city;
  const extras = line.grows ? FARM_EXTRAS : MAKER_EXTRAS;
  const [extraEn, extraZh] = extras[extra % extras.length]!;
  if (language === 'zh') {
    const what = line.grows ? '种植加工基地' : '生产企业';
    return `${cityZh}${line.trade[1]}${what}，主营${products.map(([, zh]) => zh).join('、')}。${extraZh}`;
  }
  const what = line.grows ? 'grower and processor' : 'manufacturer';
  const productList = listEnglish(products.map(([en]) => en));
  return `${line.trade[0]} ${what} based in ${cityEn}. Main products: ${productList}.${extraEn ? ` ${extraEn}` : ''}`;
}

/** What a buyer writes in its request's free-text field. */
export function buyerDescription(
  language: 'en' | 'zh',
  city: Words,
  products: readonly Words[],
  volume: number,
  kind: number,
): string {
  if (language === 'zh') {
    return `${city[1]}采购商，寻找${products.map(([, zh]) => zh).join('、')}供应商，单次采购约${volume}件。`;
  }
  const productList = listEnglish(products.map(([en]) => en));
  const who = BUYER_KINDS[kind % BUYER_KINDS.length];
  return `${who} in ${city[0]} looking for suppliers of ${productList}, about ${thousands(volume)} units per order.`;
}

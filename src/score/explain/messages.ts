/** Explanation sentences in English and Chinese. Numbers arrive formatted. */
import type { ComponentName } from '../../model/types.js';

type Level = 'exact' | 'heading' | 'chapter' | 'section' | 'none';

export interface Messages {
  component: Record<ComponentName, string>;
  unknown: (component: string, why: string) => string;
  unknownWhy: Record<ComponentName, string>;
  codeMatch: (scheme: 'hs' | 'isic', level: Level, wanted: string, offered: string, name: string | undefined) => string;
  excluded: (code: string, detail: string) => string;
  exclusion: {
    originExcluded: (country: string) => string;
    certificationMissing: (cert: string) => string;
    tierBelow: (tier: string, min: string) => string;
    industryMismatch: string;
    capacityShort: (capacity: string, volume: string) => string;
    moqAbove: (moq: string, volume: string) => string;
    deadline: (lead: number, days: number) => string;
  };
  requiredPresent: (cert: string) => string;
  preferredOrigin: (place: string) => string;
  notPreferredOrigin: string;
  sameCountry: string;
  sharedBlocs: (blocs: string) => string;
  exportsTo: (kind: 'country' | 'subregion' | 'other') => string;
  targets: (place: string) => string;
  distance: (km: string) => string;
  language: (lang: string) => string;
  noLanguage: string;
  hours: (h: string) => string;
  capability: string;
  keywords: (pairs: string) => string;
  noKeywordMatch: string;
  preferredCerts: (held: number, total: number, list: string) => string;
  tier: (tier: string) => string;
  patents: (n: number) => string;
  capacity: (capacity: string, volume: string, ok: boolean) => string;
  moq: (moq: string, ok: boolean) => string;
  timing: (lead: number, days: number, feasible: boolean) => string;
  mutual: (mutual: string, supplierSide: string) => string;
}

const LEVEL_EN: Record<'hs' | 'isic', Record<Level, string>> = {
  hs: { exact: 'exact HS match', heading: 'same HS heading', chapter: 'same HS chapter', section: 'same HS section', none: 'no HS overlap' },
  isic: { exact: 'exact ISIC match', heading: 'same ISIC group', chapter: 'same ISIC division', section: 'same ISIC section', none: 'no ISIC overlap' },
};
const LEVEL_ZH: Record<'hs' | 'isic', Record<Level, string>> = {
  hs: { exact: 'HS编码完全匹配', heading: '同一HS品目', chapter: '同一HS章', section: '同一HS类', none: 'HS编码无重合' },
  isic: { exact: 'ISIC完全匹配', heading: '同一ISIC组', chapter: '同一ISIC大类', section: '同一ISIC门类', none: 'ISIC无重合' },
};

const sharedCode = (level: Level, wanted: string, offered: string): string => {
  const len = level === 'exact' ? Math.min(wanted.length, offered.length) : level === 'heading' ? 4 : level === 'chapter' ? 2 : 0;
  return len > 0 ? wanted.slice(0, len) : '';
};

export const EN: Messages = {
  component: {
    industry: 'Industry', region: 'Region', capability: 'Capability', text: 'Keywords',
    credentials: 'Credentials', capacity: 'Capacity', timing: 'Timing',
  },
  unknown: (c, why) => `${c}: unknown (${why}); left out and the other weights renormalised`,
  unknownWhy: {
    industry: 'no comparable product or activity codes',
    region: 'no country data',
    capability: 'a capability vector is missing',
    text: 'a side gave no keywords',
    credentials: 'no certificates, tier or patents given, and no preference stated',
    capacity: 'no buyer volume or supplier capacity/MOQ',
    timing: 'no deadline or lead time',
  },
  codeMatch: (scheme, level, wanted, offered, name) => {
    const code = sharedCode(level, wanted, offered);
    const label = `${LEVEL_EN[scheme][level]} ${code}`.trim();
    const detail = level === 'exact' && wanted === offered ? '' : ` (wanted ${wanted}, offers ${offered})`;
    return `${label}${name ? `: ${name}` : ''}${detail}`;
  },
  excluded: (code, detail) => `Excluded [${code}]: ${detail}`,
  exclusion: {
    originExcluded: (c) => `origin ${c} is excluded by the buyer`,
    certificationMissing: (c) => `required ${c}: missing`,
    tierBelow: (t, m) => `tier ${t} is below the required ${m}`,
    industryMismatch: 'no product or activity overlap with what the buyer wants',
    capacityShort: (c, v) => `capacity ${c} is below the volume ${v}`,
    moqAbove: (m, v) => `minimum order ${m} is above the volume ${v}`,
    deadline: (l, d) => `lead time ${l} days does not fit the ${d} days left`,
  },
  requiredPresent: (c) => `required ${c}: present`,
  preferredOrigin: (p) => `in preferred origin ${p}`,
  notPreferredOrigin: 'not in a preferred origin',
  sameCountry: 'same country',
  sharedBlocs: (b) => `both in ${b}`,
  exportsTo: (k) => (k === 'country' ? "already exports to the buyer's country" : k === 'subregion' ? "exports to the buyer's region" : 'has export experience'),
  targets: (p) => `targets ${p}`,
  distance: (km) => `~${km} km apart`,
  language: (l) => `shared language ${l}`,
  noLanguage: 'no shared language',
  hours: (h) => `${h} h business-hours overlap`,
  capability: 'capability similarity',
  keywords: (p) => `keywords ${p}`,
  noKeywordMatch: 'no keyword in common (other languages do not match)',
  preferredCerts: (h, t, l) => `preferred certificates ${h}/${t}${l ? ` (${l})` : ''}`,
  tier: (t) => `tier ${t}`,
  patents: (n) => `${n} patents`,
  capacity: (c, v, ok) => `capacity ${c} ${ok ? '≥' : '<'} volume ${v}`,
  moq: (m, ok) => `MOQ ${m} ${ok ? 'within' : 'above'} the volume`,
  timing: (l, d, f) => `lead time ${l} days, ${d} days to the deadline${f ? '' : ' (too late)'}`,
  mutual: (m, s) => `Mutual ${m} — the supplier's side scores ${s} (target markets, order size, export experience)`,
};

export const ZH: Messages = {
  component: {
    industry: '行业', region: '地区', capability: '能力', text: '关键词',
    credentials: '资质', capacity: '产能', timing: '交期',
  },
  unknown: (c, why) => `${c}：未知（${why}），不计入，其余权重重新归一`,
  unknownWhy: {
    industry: '无可比较的产品或行业代码',
    region: '无国家信息',
    capability: '缺少能力向量',
    text: '一方未提供关键词',
    credentials: '未提供证书、梯度或专利，买方也无偏好',
    capacity: '缺少采购量或供应商产能/起订量',
    timing: '缺少截止日期或交货周期',
  },
  codeMatch: (scheme, level, wanted, offered, name) => {
    const code = sharedCode(level, wanted, offered);
    const label = `${LEVEL_ZH[scheme][level]} ${code}`.trim();
    const detail = level === 'exact' && wanted === offered ? '' : `（需求 ${wanted}，供应 ${offered}）`;
    return `${label}${name ? `：${name}` : ''}${detail}`;
  },
  excluded: (code, detail) => `已排除 [${code}]：${detail}`,
  exclusion: {
    originExcluded: (c) => `买方排除来源地 ${c}`,
    certificationMissing: (c) => `必需证书 ${c}：缺失`,
    tierBelow: (t, m) => `梯度 ${t} 低于要求的 ${m}`,
    industryMismatch: '产品或行业与买方需求无重合',
    capacityShort: (c, v) => `产能 ${c} 低于采购量 ${v}`,
    moqAbove: (m, v) => `起订量 ${m} 高于采购量 ${v}`,
    deadline: (l, d) => `交货周期 ${l} 天，距截止仅剩 ${d} 天`,
  },
  requiredPresent: (c) => `必需证书 ${c}：具备`,
  preferredOrigin: (p) => `属于优先来源地 ${p}`,
  notPreferredOrigin: '不在优先来源地',
  sameCountry: '同一国家',
  sharedBlocs: (b) => `同属 ${b}`,
  exportsTo: (k) => (k === 'country' ? '已出口至买方国家' : k === 'subregion' ? '已出口至买方所在地区' : '有出口经验'),
  targets: (p) => `目标市场含 ${p}`,
  distance: (km) => `相距约 ${km} 公里`,
  language: (l) => `共同语言 ${l}`,
  noLanguage: '无共同语言',
  hours: (h) => `工作时间重叠 ${h} 小时`,
  capability: '能力相似度',
  keywords: (p) => `关键词 ${p}`,
  noKeywordMatch: '无共同关键词（不同语言不互相匹配）',
  preferredCerts: (h, t, l) => `优先证书 ${h}/${t}${l ? `（${l}）` : ''}`,
  tier: (t) => `梯度 ${t}`,
  patents: (n) => `专利 ${n} 项`,
  capacity: (c, v, ok) => `产能 ${c} ${ok ? '≥' : '<'} 采购量 ${v}`,
  moq: (m, ok) => `起订量 ${m} ${ok ? '满足' : '高于'}采购量`,
  timing: (l, d, f) => `交货周期 ${l} 天，距截止 ${d} 天${f ? '' : '（来不及）'}`,
  mutual: (m, s) => `双向匹配 ${m} — 供应商侧 ${s}（目标市场、订单规模、出口经验）`,
};

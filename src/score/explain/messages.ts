/** Explanation sentences in English and Chinese. Numbers arrive formatted. */
import type { ComponentName, Tier } from '../../model/types.js';
import type { MatchLevel } from '../../taxonomy/similarity.js';

/** One industry match as explanations show it: codes, level, and the names looked up for them. */
interface CodeMatchText {
  scheme: 'hs' | 'isic' | 'bridge';
  level: MatchLevel;
  wanted: string;
  offered: string;
  /** The code both share at this level (the wanted code for a bridge). */
  shared: string;
  /** Name of `shared` (of the activity, for a bridge), when known. */
  name: string | undefined;
  /** Bridge: the ISIC class of the wanted HS code that the activity matched. */
  via?: string;
  wantedFrom?: string;
  offeredFrom?: string;
  /** The HS section (Roman numeral) of a section-level match. */
  section?: string;
}

export interface Messages {
  component: Record<ComponentName, string>;
  /** One line for every unknown component: `parts` are "component (why)". */
  unknown: (parts: string) => string;
  unknownPart: (component: string, why: string) => string;
  unknownWhy: Record<ComponentName, string>;
  codeMatch: (match: CodeMatchText) => string;
  tierName: Record<Tier, string>;
  excluded: (code: string, detail: string) => string;
  exclusion: {
    originExcluded: (country: string) => string;
    certificationMissing: (cert: string) => string;
    tierBelow: (tier: string, min: string) => string;
    industryMismatch: string;
    /** The pair's best match (`closest`, a codeMatch line) is below the engine's minimum level. */
    industryTooWeak: (closest: string, minimum: string) => string;
    capacityShort: (capacity: string, volume: string) => string;
    moqAbove: (moq: string, volume: string) => string;
    deadline: (lead: number, days: number) => string;
  };
  levelName: Record<'section' | 'chapter' | 'heading' | 'exact', string>;
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
  /** A keyword pair matched through a shared concept (another language, other words). */
  conceptPair: (wanted: string, offered: string) => string;
  noKeywordMatch: string;
  quote: (text: string) => string;
  preferredCerts: (held: number, total: number, list: string) => string;
  tier: (tier: string) => string;
  patents: (n: number) => string;
  capacity: (capacity: string, volume: string, ok: boolean) => string;
  moq: (moq: string, ok: boolean) => string;
  timing: (lead: number, days: number, feasible: boolean) => string;
  mutual: (mutual: string, supplierSide: string) => string;
}

const named = (name: string | undefined, sep: string) => (name ? `${sep}${name}` : '');

const EN_LEVEL: Record<'hs' | 'isic', Record<'exact' | 'heading' | 'chapter', string>> = {
  hs: { exact: 'exact HS match', heading: 'same HS heading', chapter: 'same HS chapter' },
  isic: { exact: 'exact ISIC match', heading: 'same ISIC group', chapter: 'same ISIC division' },
};

const EN_WHOLE: Record<'hs' | 'isic', Record<'wholeHeading' | 'wholeChapter', string>> = {
  hs: { wholeHeading: 'heading', wholeChapter: 'chapter' },
  isic: { wholeHeading: 'group', wholeChapter: 'division' },
};

function codeMatchEn(m: CodeMatchText): string {
  const inferred = [
    m.offeredFrom !== undefined ? `HS ${m.offered} inferred from "${m.offeredFrom}"` : '',
    m.wantedFrom !== undefined ? `wanted HS ${m.wanted} inferred from "${m.wantedFrom}"` : '',
  ].filter(Boolean);
  const note = (detail: string) => {
    const parts = [detail, ...inferred].filter(Boolean);
    return parts.length ? ` (${parts.join('; ')})` : '';
  };
  if (m.scheme === 'bridge') {
    const activity = `ISIC ${m.offered}${m.name ? ` ${m.name}` : ''}`;
    return m.level === 'exact' || m.level === 'wholeHeading' || m.level === 'wholeChapter'
      ? `makes goods of HS ${m.wanted} (${activity})${note('')}`
      : `activity ${activity} is close to ISIC ${m.via ?? ''}, which makes HS ${m.wanted}${note('')}`;
  }
  const scheme = m.scheme.toUpperCase();
  const name = named(m.name, ': ');
  const both = `wanted ${m.wanted}, offers ${m.offered}`;
  switch (m.level) {
    case 'exact':
      return `${EN_LEVEL[m.scheme].exact} ${m.shared}${name}${note(m.wanted === m.offered ? '' : both)}`;
    case 'wholeHeading':
    case 'wholeChapter': {
      const whole = EN_WHOLE[m.scheme][m.level];
      return `declares the whole ${whole} ${m.offered}${name}${note(`wanted ${m.wanted}`)}`;
    }
    case 'heading':
    case 'chapter':
      return `${EN_LEVEL[m.scheme][m.level]} ${m.shared}${name}${note(both)}`;
    default:
      return `only the same ${scheme} section${m.section ? ` ${m.section}` : ''}${note(both)}`;
  }
}

const ZH_LEVEL: Record<'hs' | 'isic', Record<'exact' | 'heading' | 'chapter', string>> = {
  hs: { exact: 'HS编码完全匹配', heading: '同一HS品目', chapter: '同一HS章' },
  isic: { exact: 'ISIC完全匹配', heading: '同一ISIC组', chapter: '同一ISIC大类' },
};

function codeMatchZh(m: CodeMatchText): string {
  const inferred = [
    m.offeredFrom !== undefined ? `HS ${m.offered} 由“${m.offeredFrom}”推断` : '',
    m.wantedFrom !== undefined ? `需求 HS ${m.wanted} 由“${m.wantedFrom}”推断` : '',
  ].filter(Boolean);
  const note = (detail: string) => {
    const parts = [detail, ...inferred].filter(Boolean);
    return parts.length ? `（${parts.join('；')}）` : '';
  };
  if (m.scheme === 'bridge') {
    const activity = `ISIC ${m.offered}${m.name ? ` ${m.name}` : ''}`;
    return m.level === 'exact' || m.level === 'wholeHeading' || m.level === 'wholeChapter'
      ? `从事 ${activity}，生产 HS ${m.wanted} 类产品${note('')}`
      : `从事 ${activity}，与生产 HS ${m.wanted} 的 ISIC ${m.via ?? ''} 相近${note('')}`;
  }
  const name = named(m.name, '：');
  const both = `需求 ${m.wanted}，供应 ${m.offered}`;
  switch (m.level) {
    case 'exact':
      return `${ZH_LEVEL[m.scheme].exact} ${m.shared}${name}${note(m.wanted === m.offered ? '' : both)}`;
    case 'wholeHeading':
      return `申报整个${m.scheme === 'hs' ? '品目' : 'ISIC组'} ${m.offered}${name}${note(`需求 ${m.wanted}`)}`;
    case 'wholeChapter':
      return `申报整${m.scheme === 'hs' ? '章' : '个ISIC大类'} ${m.offered}${name}${note(`需求 ${m.wanted}`)}`;
    case 'heading':
    case 'chapter':
      return `${ZH_LEVEL[m.scheme][m.level]} ${m.shared}${name}${note(both)}`;
    default:
      return `仅同属${m.scheme.toUpperCase()}${m.section ? `第${m.section}` : '同一'}类${note(both)}`;
  }
}

export const EN: Messages = {
  component: {
    industry: 'Industry',
    region: 'Region',
    capability: 'Capability',
    text: 'Keywords',
    credentials: 'Credentials',
    capacity: 'Capacity',
    timing: 'Timing',
  },
  unknown: (parts) => `Unknown, left out (the other weights renormalised): ${parts}`,
  unknownPart: (c, why) => `${c.toLowerCase()} (${why})`,
  unknownWhy: {
    industry: 'the supplier gives no product or activity codes',
    region: 'no country data',
    capability: 'a capability vector is missing',
    text: 'a side gave no keywords',
    credentials: 'no certificates, tier or patents, and no preference',
    capacity: 'no volume or capacity/MOQ',
    timing: 'no deadline or lead time',
  },
  codeMatch: codeMatchEn,
  tierName: {
    innovative: 'innovative SME',
    srdi: 'SRDI',
    'little-giant': 'SRDI little giant',
    'single-champion': 'single champion',
  },
  excluded: (code, detail) => `Excluded [${code}]: ${detail}`,
  exclusion: {
    originExcluded: (c) => `origin ${c} is excluded by the buyer`,
    certificationMissing: (c) => `required ${c}: missing`,
    tierBelow: (t, m) => `tier ${t} is below the required ${m}`,
    industryMismatch: 'no product or activity overlap with what the buyer wants',
    industryTooWeak: (closest, minimum) => `closest product match is ${closest}; at least ${minimum} is needed`,
    capacityShort: (c, v) => `capacity ${c} is below the volume ${v}`,
    moqAbove: (m, v) => `minimum order ${m} is above the volume ${v}`,
    deadline: (l, d) => `lead time ${l} days does not fit the ${d} days left`,
  },
  levelName: {
    section: 'the same section',
    chapter: 'the same chapter',
    heading: 'the same heading',
    exact: 'the product itself',
  },
  requiredPresent: (c) => `required ${c}: present`,
  preferredOrigin: (p) => `in preferred origin ${p}`,
  notPreferredOrigin: 'not in a preferred origin',
  sameCountry: 'same country',
  sharedBlocs: (b) => `both in ${b}`,
  exportsTo: (k) =>
    k === 'country'
      ? "already exports to the buyer's country"
      : k === 'subregion'
        ? "exports to the buyer's region"
        : 'has export experience',
  targets: (p) => `targets ${p}`,
  distance: (km) => `~${km} km apart`,
  language: (l) => `shared language ${l}`,
  noLanguage: 'no shared language',
  hours: (h) => `${h} h business-hours overlap`,
  capability: 'capability similarity',
  keywords: (p) => `keywords ${p}`,
  conceptPair: (w, o) => `"${w}" ≈ "${o}" (same product)`,
  noKeywordMatch: 'no keyword in common',
  quote: (t) => `"${t}"`,
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
    industry: '行业',
    region: '地区',
    capability: '能力',
    text: '关键词',
    credentials: '资质',
    capacity: '产能',
    timing: '交期',
  },
  unknown: (parts) => `未知、不计入（其余权重重新归一）：${parts}`,
  unknownPart: (c, why) => `${c}（${why}）`,
  unknownWhy: {
    industry: '供应商未提供产品或行业代码',
    region: '无国家信息',
    capability: '缺少能力向量',
    text: '一方未提供关键词',
    credentials: '无证书、梯度或专利，买方也无偏好',
    capacity: '缺少采购量或产能/起订量',
    timing: '缺少截止日期或交货周期',
  },
  codeMatch: codeMatchZh,
  tierName: {
    innovative: '创新型中小企业',
    srdi: '专精特新中小企业',
    'little-giant': '专精特新“小巨人”',
    'single-champion': '制造业单项冠军',
  },
  excluded: (code, detail) => `已排除 [${code}]：${detail}`,
  exclusion: {
    originExcluded: (c) => `买方排除来源地 ${c}`,
    certificationMissing: (c) => `必需证书 ${c}：缺失`,
    tierBelow: (t, m) => `梯度 ${t} 低于要求的 ${m}`,
    industryMismatch: '产品或行业与买方需求无重合',
    industryTooWeak: (closest, minimum) => `最接近的产品匹配为${closest}，至少需要${minimum}`,
    capacityShort: (c, v) => `产能 ${c} 低于采购量 ${v}`,
    moqAbove: (m, v) => `起订量 ${m} 高于采购量 ${v}`,
    deadline: (l, d) => `交货周期 ${l} 天，距截止仅剩 ${d} 天`,
  },
  levelName: { section: '同一类', chapter: '同一章', heading: '同一品目', exact: '产品本身' },
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
  conceptPair: (w, o) => `“${w}”≈“${o}”（同类产品）`,
  noKeywordMatch: '无共同关键词',
  quote: (t) => `“${t}”`,
  preferredCerts: (h, t, l) => `优先证书 ${h}/${t}${l ? `（${l}）` : ''}`,
  tier: (t) => `梯度 ${t}`,
  patents: (n) => `专利 ${n} 项`,
  capacity: (c, v, ok) => `产能 ${c} ${ok ? '≥' : '<'} 采购量 ${v}`,
  moq: (m, ok) => `起订量 ${m} ${ok ? '满足' : '高于'}采购量`,
  timing: (l, d, f) => `交货周期 ${l} 天，距截止 ${d} 天${f ? '' : '（来不及）'}`,
  mutual: (m, s) => `双向匹配 ${m} — 供应商侧 ${s}（目标市场、订单规模、出口经验）`,
};

/** Trade blocs and agreements (RCEP, ASEAN, EU, CPTPP, USMCA, MERCOSUR, GCC, EAEU, AFCFTA, APEC, CN_FTA). */
import { BLOCS } from './generated/blocs.generated.js';

export interface Bloc {
  code: string;
  name: string;
  nameZh: string;
  members: readonly string[];
  /** Date the membership list was checked against. */
  asOf: string;
}

export const BLOC_CODES: readonly string[] = Object.freeze(Object.keys(BLOCS));

let membership: Map<string, string[]> | undefined;

export function isBlocCode(code: string): boolean {
  return Object.hasOwn(BLOCS, code);
}

export function getBloc(code: string): Bloc | undefined {
  const row = isBlocCode(code) ? BLOCS[code] : undefined;
  return row && { code, ...row };
}

/** The blocs a country belongs to, sorted. */
export function blocsOf(alpha2: string): string[] {
  if (!membership) {
    membership = new Map();
    for (const code of [...BLOC_CODES].sort()) {
      for (const member of BLOCS[code]!.members) {
        const list = membership.get(member) ?? [];
        list.push(code);
        membership.set(member, list);
      }
    }
  }
  return membership.get(alpha2) ?? [];
}

/** Short Chinese names, as Chinese trade press writes them (the full names are in `getBloc`). */
const SHORT_ZH: Readonly<Record<string, string>> = {
  ASEAN: '东盟',
  EU: '欧盟',
  USMCA: '美墨加协定',
  MERCOSUR: '南方共同市场',
  GCC: '海合会',
  EAEU: '欧亚经济联盟',
  AFCFTA: '非洲大陆自贸区',
  APEC: '亚太经合组织',
  CN_FTA: '中国自贸协定伙伴',
};

/** A bloc's name for explanation lines: its code in English (RCEP, EU), a short name in Chinese. */
export function blocLabel(code: string, locale: 'en' | 'zh'): string {
  return locale === 'zh' && Object.hasOwn(SHORT_ZH, code) ? SHORT_ZH[code]! : code;
}

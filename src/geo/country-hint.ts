/**
 * "Did you mean" for a country written the way people write it rather than as an ISO code:
 * a name in English or Chinese (`中国`, `Germany`), an alpha-3 code (`DEU`), or a common
 * non-ISO code (`UK` for GB, `EL` for GR as the EU writes Greece).
 */
import { allCountryCodes, getCountry } from './countries.js';

/** Codes and names in use that are not ISO alpha-2 codes (or not the one meant). */
const ALIASES: Record<string, string> = {
  UK: 'GB',
  EL: 'GR',
  ENGLAND: 'GB',
  BRITAIN: 'GB',
  'GREAT BRITAIN': 'GB',
  'UNITED KINGDOM': 'GB',
  英国: 'GB',
  USA: 'US',
  'UNITED STATES': 'US',
  AMERICA: 'US',
  美国: 'US',
  CHINA: 'CN',
  PRC: 'CN',
  中国: 'CN',
  中国大陆: 'CN',
  中华人民共和国: 'CN',
  内地: 'CN',
  HONGKONG: 'HK',
  'HONG KONG': 'HK',
  香港: 'HK',
  中国香港: 'HK',
  MACAU: 'MO',
  澳门: 'MO',
  中国澳门: 'MO',
  TAIWAN: 'TW',
  台湾: 'TW',
  中国台湾: 'TW',
  KOREA: 'KR',
  'SOUTH KOREA': 'KR',
  韩国: 'KR',
  RUSSIA: 'RU',
  俄罗斯: 'RU',
  VIETNAM: 'VN',
  越南: 'VN',
  日本: 'JP',
  德国: 'DE',
  法国: 'FR',
  UAE: 'AE',
  阿联酋: 'AE',
};

let names: Map<string, string> | undefined;

/** Names (English, Chinese) and alpha-3 codes of every country, upper-cased, built once when first needed. */
function byName(): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const code of allCountryCodes()) {
    const c = getCountry(code)!;
    for (const n of [c.nameEn, c.nameZh, c.alpha3]) if (n) names.set(n.trim().toUpperCase(), code);
  }
  return names;
}

/** The ISO alpha-2 code a person probably meant, or undefined. */
export function suggestCountry(text: string): string | undefined {
  const key = text.trim().toUpperCase().replace(/\s+/g, ' ');
  if (!key) return undefined;
  return ALIASES[key] ?? byName().get(key) ?? byName().get(key.replace(/^THE /, ''));
}

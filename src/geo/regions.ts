/**
 * Places a buyer can name for origins and a supplier for target markets: a country
 * (ISO alpha-2), a UN M49 region / sub-region / intermediate region (3 digits; `001` is the
 * world), or a trade bloc.
 */

import { blocLabel, getBloc, isBlocCode } from './blocs.js';
import { getCountry, isCountryCode } from './countries.js';
import { M49_NAMES } from './generated/countries.generated.js';

function isM49Code(code: string): boolean {
  return Object.hasOwn(M49_NAMES, code);
}

export function m49Name(code: string, locale: 'en' | 'zh' = 'en'): string | undefined {
  return isM49Code(code) ? M49_NAMES[code]?.[locale === 'zh' ? 1 : 0] : undefined;
}

export function isPlaceCode(code: string): boolean {
  return isCountryCode(code) || isM49Code(code) || isBlocCode(code);
}

/** True when `country` is `place`, lies in that M49 region, or belongs to that bloc. */
export function inPlace(country: string, place: string): boolean {
  if (country === place) return true;
  if (place === '001') return isCountryCode(country);
  const c = getCountry(country);
  if (!c) return false;
  if (c.region === place || c.subregion === place || c.intermediate === place) return true;
  return getBloc(place)?.members.includes(country) ?? false;
}

/** Display name of a place, e.g. "Viet Nam", "南美洲", "RCEP". */
export function placeName(place: string, locale: 'en' | 'zh' = 'en'): string | undefined {
  const country = getCountry(place);
  if (country) return locale === 'zh' ? country.nameZh : country.nameEn;
  if (isM49Code(place)) return m49Name(place, locale);
  return isBlocCode(place) ? blocLabel(place, locale) : undefined;
}

/** ISO 3166-1 countries with UN M49 regions, centre points, languages and time zones. */
import { COUNTRY_ROWS } from './generated/countries.generated.js';

export interface Country {
  alpha2: string;
  alpha3: string;
  nameEn: string;
  nameZh: string;
  /** UN M49 codes (3 digits). */
  region: string;
  subregion: string;
  intermediate?: string;
  lat: number;
  lng: number;
  /** ISO 639-1, official or main languages first. */
  languages: string[];
  /** The zone nearest the capital; absent for the few territories without one (e.g. BV, HM). */
  timezone?: string;
  timezones: string[];
}

let byCode: Map<string, Country> | undefined;

function table(): Map<string, Country> {
  byCode ??= new Map(
    COUNTRY_ROWS.map(
      ([alpha2, alpha3, nameEn, nameZh, region, subregion, intermediate, lat, lng, languages, timezone, timezones]) => {
        const country: Country = {
          alpha2,
          alpha3,
          nameEn,
          nameZh,
          region,
          subregion,
          lat,
          lng,
          languages: languages ? languages.split('|') : [],
          timezones: timezones ? timezones.split('|') : [],
        };
        if (intermediate) country.intermediate = intermediate;
        if (timezone) country.timezone = timezone;
        return [alpha2, Object.freeze(country)];
      },
    ),
  );
  return byCode;
}

/** The country with this upper-case alpha-2 code. */
export function getCountry(alpha2: string): Country | undefined {
  return table().get(alpha2);
}

export function isCountryCode(code: string): boolean {
  return table().has(code);
}

export function allCountryCodes(): string[] {
  return [...table().keys()];
}

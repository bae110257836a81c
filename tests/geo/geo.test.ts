import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOC_CODES, blocsOf, getBloc, isBlocCode } from '../../src/geo/blocs.js';
import { allCountryCodes, getCountry, isCountryCode } from '../../src/geo/countries.js';
import { countryDistanceKm } from '../../src/geo/distance.js';
import { isLanguageCode, languageName } from '../../src/geo/languages.js';
import { inPlace, isPlaceCode, m49Name, placeName } from '../../src/geo/regions.js';
import { businessHoursOverlap, isTimeZone, utcOffsetMinutes } from '../../src/geo/timezone.js';

const JAN = new Date('2026-01-15T12:00:00Z');
const countries = allCountryCodes();

describe('countries and regions', () => {
  it('has 249 ISO countries with M49 regions, languages and zones', () => {
    expect(countries).toHaveLength(249);
    expect(getCountry('CN')).toMatchObject({
      alpha3: 'CHN',
      nameZh: '中国',
      region: '142',
      subregion: '030',
      timezone: 'Asia/Shanghai',
    });
    expect(getCountry('CN')!.languages[0]).toBe('zh');
    expect(getCountry('HK')!.nameZh).toBe('中国香港');
    expect(isCountryCode('XK')).toBe(false);
    expect(isCountryCode('cn')).toBe(false); // the parser upper-cases first
    expect(countries.filter((c) => !getCountry(c)!.timezone).length).toBeLessThan(5);
  });

  it('places: countries, M49 regions, blocs', () => {
    expect(inPlace('CN', 'RCEP')).toBe(true);
    expect(inPlace('CN', 'APEC')).toBe(true);
    expect(inPlace('CN', '142')).toBe(true);
    expect(inPlace('DE', 'EU')).toBe(true);
    expect(inPlace('DE', '150')).toBe(true);
    expect(inPlace('VN', 'ASEAN')).toBe(true);
    expect(inPlace('BR', 'MERCOSUR')).toBe(true);
    expect(inPlace('US', 'EU')).toBe(false);
    expect(inPlace('KE', '001')).toBe(true);
    expect(isPlaceCode('RCEP') && isPlaceCode('019') && isPlaceCode('FR')).toBe(true);
    expect(isPlaceCode('ATLANTIS')).toBe(false);
    expect(m49Name('142', 'zh')).toBe('亚洲');
    expect(placeName('VN')).toBe(getCountry('VN')!.nameEn);
    expect(getBloc('EU')!.members).toHaveLength(27);
    expect(BLOC_CODES).toContain('AFCFTA');
    expect(isBlocCode('toString')).toBe(false);
    expect(blocsOf('CN')).toEqual([...blocsOf('CN')].sort());
  });

  it('distance is symmetric, zero on the diagonal, and about right for China–Germany', () => {
    const d = countryDistanceKm('CN', 'DE');
    expect(d).toBeGreaterThan(7000);
    expect(d).toBeLessThan(8500);
    fc.assert(
      fc.property(fc.constantFrom(...countries), fc.constantFrom(...countries), (a, b) => {
        expect(countryDistanceKm(a, b)).toBe(countryDistanceKm(b, a));
        expect(countryDistanceKm(a, a)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('time zones and languages', () => {
  const zones = [...new Set(countries.flatMap((c) => getCountry(c)!.timezone ?? []))];
  it('offsets and business-hours overlap', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Base')).toBe(false);
    expect(utcOffsetMinutes('Asia/Shanghai', JAN)).toBe(480);
    expect(utcOffsetMinutes('America/New_York', JAN)).toBe(-300);
    expect(utcOffsetMinutes('America/New_York', new Date('2026-07-15T12:00:00Z'))).toBe(-240);
    expect(businessHoursOverlap('Asia/Shanghai', 'Europe/Berlin', JAN)).toBe(2);
    expect(businessHoursOverlap('Asia/Shanghai', 'America/New_York', JAN)).toBe(0);
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.constantFrom(...zones), (a, b) => {
        const h = businessHoursOverlap(a, b, JAN);
        expect(h).toBe(businessHoursOverlap(b, a, JAN));
        expect(h >= 0 && h <= 9).toBe(true);
        expect(businessHoursOverlap(a, a, JAN)).toBe(9);
      }),
      { numRuns: 200 },
    );
  });

  it('languages', () => {
    expect(isLanguageCode('zh') && isLanguageCode('sw')).toBe(true);
    expect(isLanguageCode('xx')).toBe(false);
    expect(languageName('de')).toBe('German');
    expect(languageName('de', 'zh')).toBe('德语');
  });
});

/**
 * Zod schemas for single fields, shared by the supplier and buyer schemas. They use zod/mini (the
 * functional, tree-shakable API of the same package) so the browser core carries only what it uses.
 */
import * as z from 'zod/mini';
import { isCountryCode } from '../geo/countries.js';
import { suggestCountry } from '../geo/country-hint.js';
import { isLanguageCode } from '../geo/languages.js';
import { isPlaceCode } from '../geo/regions.js';
import { isTimeZone } from '../geo/timezone.js';
import { isHsCode } from '../taxonomy/hs.js';
import { isIsicCode } from '../taxonomy/isic.js';
import { isCalendarDate } from './calendar-date.js';
import { LIMITS } from './limits.js';
import { dedupe, normaliseCertificate, normaliseCode, normaliseKeyword } from './normalise.js';
import { HARD_CONDITIONS, TIERS, type Tier } from './types.js';

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** A refinement that reports `message(value)` when it returns a string. */
function check<T>(message: (value: T) => string | undefined) {
  return z.superRefine((value: T, ctx) => {
    const text = message(value);
    if (text !== undefined) ctx.addIssue({ code: 'custom', message: text });
  });
}

export const text = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

export const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.pipe(
    z.array(item, { error: 'must be a list' }).check(z.maxLength(max, `must have at most ${max} entries`)),
    z.transform((values: z.output<T>[]) => dedupe(values)),
  );

export const country = z.string({ error: 'must be a string (ISO 3166-1 alpha-2 country code)' }).check(
  z.trim(),
  z.toUpperCase(),
  check((c) => (isCountryCode(c) ? undefined : `${show(c)} is not an ISO 3166-1 alpha-2 country code${didYouMean(c)}`)),
);

/** ` (did you mean "CN"?)` for 中国, China, CHN; UK and EL get GB and GR. */
function didYouMean(text: string): string {
  const code = suggestCountry(text);
  return code ? `: did you mean ${code}? (是否应为 ${code}？)` : '';
}

/** A country, a UN M49 region code (e.g. "142" Asia) or a trade bloc (e.g. "RCEP"). */
export const place = z.string({ error: 'must be a string (country, M49 region or trade bloc code)' }).check(
  z.trim(),
  z.toUpperCase(),
  check((p) =>
    isPlaceCode(p)
      ? undefined
      : `${show(p)} is not a country (ISO alpha-2), UN M49 region or trade bloc code${didYouMean(p)}`,
  ),
);

export const hsCode = z
  .pipe(z.string({ error: 'must be a string (HS codes keep their leading zeros)' }), z.transform(normaliseCode))
  .check(
    check((code) => {
      if (/^\d{7,12}$/.test(code))
        return `${show(code)} is a national tariff line: use its first 6 digits (${code.slice(0, 6)})`;
      if (/^\d$|^\d{3}$|^\d{5}$/.test(code) && isHsCode(`0${code}`)) {
        // A spreadsheet that took the code for a number dropped its leading zero (090210 → 90210).
        return (
          `${show(code)} has ${code.length} digit${code.length === 1 ? '' : 's'}: probably 0${code} ` +
          'with its leading zero lost (a spreadsheet stored it as a number; format the column as text) — ' +
          `疑似丢失前导零，应为 0${code}`
        );
      }
      if (!/^(\d{2}|\d{4}|\d{6})$/.test(code)) return `${show(code)} is not an HS code (2, 4 or 6 digits)`;
      return isHsCode(code) ? undefined : `${show(code)} is not in the HS 2022 nomenclature`;
    }),
  );

export const isicCode = z
  .pipe(z.string({ error: 'must be a string (ISIC Rev.4 code)' }), z.transform(normaliseCode))
  .check(
    check((code) => (isIsicCode(code) ? undefined : `${show(code)} is not an ISIC Rev.4 division, group or class`)),
  );

/** An HS code filled in from words (see `inferCodes` in `cuohe/descriptions`), with the words it came from. */
const inferredCode = z.object(
  {
    code: hsCode,
    from: text(LIMITS.descriptionLength),
  },
  { error: 'must be an object { code, from }' },
);

/** Inferred codes, de-duplicated by code (the first source text is kept). */
export const inferredCodes = z.pipe(
  z
    .array(inferredCode, { error: 'must be a list' })
    .check(z.maxLength(LIMITS.codesPerList, `must have at most ${LIMITS.codesPerList} entries`)),
  z.transform((values: z.output<typeof inferredCode>[]) =>
    values.filter((v, i) => values.findIndex((w) => w.code === v.code) === i),
  ),
);

export const capabilities = z.pipe(
  z
    .array(z.number({ error: 'must be a finite number' }).check(z.refine(Number.isFinite, 'must be a finite number')), {
      error: 'must be a list of numbers',
    })
    .check(
      z.minLength(1, 'must not be empty'),
      z.maxLength(LIMITS.capabilityDimensions, `must have at most ${LIMITS.capabilityDimensions} dimensions`),
    ),
  // -0 becomes 0, so a profile survives a JSON round trip unchanged.
  z.transform((vector: number[]) => vector.map((v) => (v === 0 ? 0 : v))),
);

export const keywords = list(z.pipe(text(LIMITS.keywordLength), z.transform(normaliseKeyword)), LIMITS.keywordsPerList);

export const certificates = list(
  z
    .pipe(text(LIMITS.keywordLength), z.transform(normaliseCertificate))
    .check(check((c) => (c.length > 0 ? undefined : 'must contain letters or digits'))),
  LIMITS.certificatesPerList,
);

export const languages = list(
  z.string({ error: 'must be a string (ISO 639-1 code)' }).check(
    z.trim(),
    z.toLowerCase(),
    check((l) => (isLanguageCode(l) ? undefined : `${show(l)} is not an ISO 639-1 language code`)),
  ),
  50,
);

export const timezone = z.string({ error: 'must be a string (IANA time zone)' }).check(
  z.trim(),
  check((tz) => (isTimeZone(tz) ? undefined : `${show(tz)} is not an IANA time zone`)),
);

/** Chinese names of the tiers, as registration forms of Chinese fairs write them. */
const TIER_ALIASES: Record<string, Tier> = {
  创新型中小企业: 'innovative',
  专精特新: 'srdi',
  专精特新中小企业: 'srdi',
  小巨人: 'little-giant',
  专精特新小巨人: 'little-giant',
  单项冠军: 'single-champion',
  制造业单项冠军: 'single-champion',
};

export const tier = z.pipe(
  z
    .pipe(
      z.string({ error: `must be one of ${TIERS.join(', ')}` }).check(z.trim()),
      z.transform((t: string) => TIER_ALIASES[t.replace(/["“”「」]/g, '')] ?? t.toLowerCase().replace(/[\s_]+/g, '-')),
    )
    .check(
      check((t) =>
        (TIERS as readonly string[]).includes(t) ? undefined : `${show(t)} is not a tier (${TIERS.join(', ')})`,
      ),
    ),
  z.transform((t: string) => t as Tier),
);

/** Issue codes for refinements whose zod code (`custom`) says nothing (see `zodIssueCode` in parse.ts). */
const NOT_A_NUMBER = { code: 'not-a-number' } as const;
const OUT_OF_RANGE = { code: 'out-of-range' } as const;

export const quantity = (what: string) =>
  z.number({ error: `${what} must be a number` }).check(
    z.refine(Number.isFinite, { message: `${what} must be a finite number`, params: NOT_A_NUMBER }),
    z.refine((n: number) => n >= 0, { message: `${what} must not be negative`, params: OUT_OF_RANGE }),
    z.refine((n: number) => n <= LIMITS.quantity, {
      message: `${what} must be at most ${LIMITS.quantity}`,
      params: OUT_OF_RANGE,
    }),
  );

export const leadTimeDays = z.number({ error: 'must be a number of days' }).check(
  z.refine(Number.isFinite, { message: 'must be a finite number', params: NOT_A_NUMBER }),
  z.refine((n: number) => n >= 0 && n <= LIMITS.leadTimeDays, {
    message: `must be between 0 and ${LIMITS.leadTimeDays} days`,
    params: OUT_OF_RANGE,
  }),
);

export const patents = z
  .number({ error: 'must be a number' })
  .check(
    z.refine(
      (n: number) => Number.isInteger(n) && n >= 0 && n <= LIMITS.patents,
      `must be a whole number between 0 and ${LIMITS.patents}`,
    ),
  );

/**
 * `2027/3/15`, `2027.3.15` and `2027-3-15` (as Excel and Chinese forms write dates) are the
 * ISO date 2027-03-15: year first is unambiguous. Day-first and month-first forms are not read.
 */
function normaliseDate(text: string): string {
  const m = /^(\d{4})[/.\-年](\d{1,2})[/.\-月](\d{1,2})日?$/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
}

export const isoDate = z
  .pipe(z.string({ error: 'must be an ISO 8601 date (YYYY-MM-DD)' }).check(z.trim()), z.transform(normaliseDate))
  .check(check((d) => (isCalendarDate(d) ? undefined : `${show(d)} is not an ISO 8601 date (YYYY-MM-DD)`)));

export const hardConditions = list(
  z.enum(HARD_CONDITIONS, { error: `must be one of ${HARD_CONDITIONS.join(', ')}` }),
  HARD_CONDITIONS.length,
);

/**
 * Zod schemas for single fields, shared by the supplier and buyer schemas. They use zod/mini (the
 * functional, tree-shakable API of the same package) so the browser core carries only what it uses.
 * Every message is a rule of issue-rules.ts, so it reads in Chinese too.
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
import { ISSUE_RULES, type IssueRule } from './issue-rules.js';
import { LIMITS } from './limits.js';
import { dedupe, normaliseCertificate, normaliseCode, normaliseKeyword } from './normalise.js';
import { HARD_CONDITIONS, type IssueParams, TIERS, type Tier } from './types.js';

/** Params of the rules of the fixed messages below, by their English text (zod keeps only the text). */
const PARAMS_OF_TEXT = new Map<string, IssueParams>();

/** The English sentence of `rule`; parse.ts finds the rule again with {@link paramsOfMessage}. */
export function said(rule: IssueRule, params: IssueParams = {}): string {
  const p = { rule, ...params };
  const text = ISSUE_RULES[rule].en(p);
  PARAMS_OF_TEXT.set(text, p);
  return text;
}

/** The rule and params of a message made by {@link said}. */
export const paramsOfMessage = (message: string): IssueParams | undefined => PARAMS_OF_TEXT.get(message);

/** A refinement that reports the rule `problem(value)` names, when it names one. */
function check<T>(problem: (value: T) => (IssueParams & { rule: IssueRule }) | undefined) {
  return z.superRefine((value: T, ctx) => {
    const params = problem(value);
    if (params !== undefined) ctx.addIssue({ code: 'custom', message: ISSUE_RULES[params.rule].en(params), params });
  });
}

export const text = (max: number) =>
  z
    .string({ error: said('string-type') })
    .check(z.trim(), z.minLength(1, said('not-empty')), z.maxLength(max, said('max-characters', { max })));

export const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.pipe(
    z.array(item, { error: said('list-type') }).check(z.maxLength(max, said('max-entries', { max }))),
    z.transform((values: z.output<T>[]) => dedupe(values)),
  );

/** A suggestion ("did you mean CN?") for 中国, China, CHN; UK and EL get GB and GR. */
function didYouMean(text: string): { suggestion?: string } {
  const code = suggestCountry(text);
  return code ? { suggestion: code } : {};
}

export const country = z.string({ error: said('country-type') }).check(
  z.trim(),
  z.toUpperCase(),
  check((c) => (isCountryCode(c) ? undefined : { rule: 'not-country', value: c, ...didYouMean(c) })),
);

/** A country, a UN M49 region code (e.g. "142" Asia) or a trade bloc (e.g. "RCEP"). */
export const place = z.string({ error: said('place-type') }).check(
  z.trim(),
  z.toUpperCase(),
  check((p) => (isPlaceCode(p) ? undefined : { rule: 'not-place', value: p, ...didYouMean(p) })),
);

export const hsCode = z.pipe(z.string({ error: said('hs-type') }), z.transform(normaliseCode)).check(
  check((code) => {
    if (/^\d{7,12}$/.test(code)) return { rule: 'hs-national-line', value: code };
    // A spreadsheet that took the code for a number dropped its leading zero (090210 → 90210).
    if (/^\d$|^\d{3}$|^\d{5}$/.test(code) && isHsCode(`0${code}`)) return { rule: 'hs-leading-zero', value: code };
    if (!/^(\d{2}|\d{4}|\d{6})$/.test(code)) return { rule: 'hs-digits', value: code };
    return isHsCode(code) ? undefined : { rule: 'hs-unknown', value: code };
  }),
);

export const isicCode = z
  .pipe(z.string({ error: said('isic-type') }), z.transform(normaliseCode))
  .check(check((code) => (isIsicCode(code) ? undefined : { rule: 'isic-unknown', value: code })));

/** An HS code filled in from words (see `inferCodes` in `cuohe/descriptions`), with the words it came from. */
const inferredCode = z.object(
  {
    code: hsCode,
    from: text(LIMITS.descriptionLength),
  },
  { error: said('inferred-type') },
);

/** Inferred codes, de-duplicated by code (the first source text is kept). */
export const inferredCodes = z.pipe(
  z
    .array(inferredCode, { error: said('list-type') })
    .check(z.maxLength(LIMITS.codesPerList, said('max-entries', { max: LIMITS.codesPerList }))),
  z.transform((values: z.output<typeof inferredCode>[]) =>
    values.filter((v, i) => values.findIndex((w) => w.code === v.code) === i),
  ),
);

export const capabilities = z.pipe(
  z
    .array(z.number({ error: said('finite') }).check(z.refine(Number.isFinite, said('finite'))), {
      error: said('numbers-type'),
    })
    .check(
      z.minLength(1, said('not-empty')),
      z.maxLength(LIMITS.capabilityDimensions, said('max-dimensions', { max: LIMITS.capabilityDimensions })),
    ),
  // -0 becomes 0, so a profile survives a JSON round trip unchanged.
  z.transform((vector: number[]) => vector.map((v) => (v === 0 ? 0 : v))),
);

export const keywords = list(z.pipe(text(LIMITS.keywordLength), z.transform(normaliseKeyword)), LIMITS.keywordsPerList);

export const certificates = list(
  z
    .pipe(text(LIMITS.keywordLength), z.transform(normaliseCertificate))
    .check(check((c) => (c.length > 0 ? undefined : { rule: 'certificate-letters' }))),
  LIMITS.certificatesPerList,
);

export const languages = list(
  z.string({ error: said('language-type') }).check(
    z.trim(),
    z.toLowerCase(),
    check((l) => (isLanguageCode(l) ? undefined : { rule: 'not-language', value: l })),
  ),
  50,
);

export const timezone = z.string({ error: said('timezone-type') }).check(
  z.trim(),
  check((tz) => (isTimeZone(tz) ? undefined : { rule: 'not-timezone', value: tz })),
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
      z.string({ error: said('one-of', { known: TIERS }) }).check(z.trim()),
      z.transform((t: string) => TIER_ALIASES[t.replace(/["“”「」]/g, '')] ?? t.toLowerCase().replace(/[\s_]+/g, '-')),
    )
    .check(
      check((t) =>
        (TIERS as readonly string[]).includes(t) ? undefined : { rule: 'not-tier', value: t, known: TIERS },
      ),
    ),
  z.transform((t: string) => t as Tier),
);

/** Issue codes for refinements whose zod code (`custom`) says nothing (see `zodIssueCode` in parse.ts). */
const NOT_A_NUMBER = { code: 'not-a-number' } as const;
const OUT_OF_RANGE = { code: 'out-of-range' } as const;

export const quantity = (what: string) =>
  z.number({ error: said('field-number-type', { field: what }) }).check(
    z.refine(Number.isFinite, { message: said('field-finite', { field: what }), params: NOT_A_NUMBER }),
    z.refine((n: number) => n >= 0, { message: said('field-negative', { field: what }), params: OUT_OF_RANGE }),
    z.refine((n: number) => n <= LIMITS.quantity, {
      message: said('field-max', { field: what, max: LIMITS.quantity }),
      params: OUT_OF_RANGE,
    }),
  );

export const leadTimeDays = z.number({ error: said('days-type') }).check(
  z.refine(Number.isFinite, { message: said('finite'), params: NOT_A_NUMBER }),
  z.refine((n: number) => n >= 0 && n <= LIMITS.leadTimeDays, {
    message: said('days-range', { max: LIMITS.leadTimeDays }),
    params: OUT_OF_RANGE,
  }),
);

export const patents = z
  .number({ error: said('number-type') })
  .check(
    z.refine(
      (n: number) => Number.isInteger(n) && n >= 0 && n <= LIMITS.patents,
      said('whole-range', { max: LIMITS.patents }),
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
  .pipe(z.string({ error: said('date-type') }).check(z.trim()), z.transform(normaliseDate))
  .check(check((d) => (isCalendarDate(d) ? undefined : { rule: 'not-date', value: d })));

export const hardConditions = list(
  z.enum(HARD_CONDITIONS, { error: said('one-of', { known: HARD_CONDITIONS }) }),
  HARD_CONDITIONS.length,
);

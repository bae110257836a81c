/**
 * Human-readable reason lines for a scored pair: exclusions first, then each known component
 * with its score and evidence (largest contribution first), then the unknown ones, then the
 * mutual score.
 */

import { blocLabel } from '../../geo/blocs.js';
import { languageName } from '../../geo/languages.js';
import { placeName } from '../../geo/regions.js';
import { type Buyer, COMPONENTS, type ComponentName, type ComponentScores, type Supplier } from '../../model/types.js';
import { hsChapterTitle, hsSection } from '../../taxonomy/hs.js';
import { isicTitle } from '../../taxonomy/isic.js';
import { CHAPTER_LENGTH, chapterOf, sharedCode } from '../../taxonomy/levels.js';
import { capacityFit, moqFit } from '../components/capacity.js';
import { type CodeMatch, industryMatches } from '../components/industry.js';
import { regionFacts } from '../components/region.js';
import { timingFeasible } from '../components/timing.js';
import type { ExplainContext } from '../context.js';
import type { QueryBuyer } from '../kernel/query.js';
import { EN, type Messages, ZH } from './messages.js';

/** Industry matches listed per pair: the best few say enough, more crowd the line. */
const MAX_CODE_LINES = 3;
/** Keyword pairs listed per pair, for the same reason. */
const MAX_KEYWORD_PAIRS = 3;
/** Code names longer than this are cut with an ellipsis (some HS names run to several hundred characters). */
const MAX_NAME_LENGTH = 90;
/** Distances are shown rounded to this many km: centre-to-centre distances are no more precise. */
const DISTANCE_STEP_KM = 100;

export interface ExplainInput {
  query: QueryBuyer;
  supplier: Supplier;
  components: ComponentScores;
  excluded: string[];
  mutual: { supplierSide: number; score: number };
}

export function explainPair(ctx: ExplainContext, input: ExplainInput): string[] {
  const { query, supplier: s, components, excluded } = input;
  const b = query.profile;
  const m = ctx.locale === 'zh' ? ZH : EN;
  const sep = ctx.locale === 'zh' ? '；' : '; ';
  const lines = excluded.map((code) => m.excluded(code, exclusionDetail(ctx, m, code, query, s)));
  const details: Record<ComponentName, () => string[]> = {
    industry: () => industryDetails(ctx, m, b, s),
    region: () => regionDetails(ctx, m, b, s),
    capability: () => [m.capability],
    text: () => keywordDetails(ctx, m, b, s),
    credentials: () => credentialDetails(m, b, s),
    capacity: () => capacityDetails(m, query, s),
    timing: () =>
      s.leadTimeDays !== undefined
        ? [m.timing(s.leadTimeDays, query.daysLeft, timingFeasible(query.daysLeft, s.leadTimeDays))]
        : [],
  };
  const known = COMPONENTS.filter((c) => components[c] !== null && ctx.weights[c] > 0).sort(
    (x, y) =>
      ctx.weights[y] * components[y]! - ctx.weights[x] * components[x]! ||
      COMPONENTS.indexOf(x) - COMPONENTS.indexOf(y),
  );
  for (const c of known) {
    const parts = details[c]();
    lines.push(`${m.component[c]} ${components[c]!.toFixed(2)}${parts.length ? ` — ${parts.join(sep)}` : ''}`);
  }
  const unknown = COMPONENTS.filter((c) => components[c] === null && ctx.weights[c] > 0).map((c) =>
    m.unknownPart(m.component[c], m.unknownWhy[c]),
  );
  if (unknown.length) lines.push(m.unknown(unknown.join(sep)));
  lines.push(m.mutual(input.mutual.score.toFixed(2), input.mutual.supplierSide.toFixed(2)));
  return lines;
}

const num = (n: number) => n.toLocaleString('en');

function exclusionDetail(ctx: ExplainContext, m: Messages, code: string, q: QueryBuyer, s: Supplier): string {
  const b = q.profile;
  if (code === 'origin-excluded') return m.exclusion.originExcluded(s.country);
  if (code.startsWith('certification-missing:'))
    return m.exclusion.certificationMissing(code.slice(code.indexOf(':') + 1));
  if (code === 'tier-below-minimum')
    return m.exclusion.tierBelow(s.tier ? m.tierName[s.tier] : '—', b.minTier ? m.tierName[b.minTier] : '');
  if (code === 'industry-mismatch') {
    const [closest] = industryMatches(b, s);
    return closest
      ? m.exclusion.industryTooWeak(codeMatchLine(ctx, m, closest), m.levelName[ctx.minIndustryLevel])
      : m.exclusion.industryMismatch;
  }
  if (code === 'capacity-short') return m.exclusion.capacityShort(num(s.capacity ?? 0), num(b.volume ?? 0));
  if (code === 'moq-above-volume') return m.exclusion.moqAbove(num(s.moq ?? 0), num(b.volume ?? 0));
  if (code === 'deadline-infeasible') return m.exclusion.deadline(s.leadTimeDays ?? 0, q.daysLeft);
  return code;
}

function shorten(name: string | undefined): string | undefined {
  return name && name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

function industryDetails(ctx: ExplainContext, m: Messages, b: Buyer, s: Supplier): string[] {
  return industryMatches(b, s)
    .slice(0, MAX_CODE_LINES)
    .map((match) => codeMatchLine(ctx, m, match));
}

/** One industry match as a sentence, with the name of the code both share when one is known. */
function codeMatchLine(ctx: ExplainContext, m: Messages, match: CodeMatch): string {
  const describe = (scheme: 'hs' | 'isic', code: string) => ctx.describeCode?.(scheme, code, ctx.locale);
  if (match.scheme === 'bridge') {
    const name =
      describe('isic', match.offered) ?? (ctx.locale === 'en' ? isicTitle(chapterOf(match.offered)) : undefined);
    return m.codeMatch({ ...match, scheme: 'bridge', shared: match.wanted, name: shorten(name) });
  }
  const shared = sharedCode(match.level, match.wanted, match.offered, match.scheme);
  // Without a describeCode, chapters (HS) and divisions (ISIC) are named from the core tables (English only).
  const isChapter = shared.length === CHAPTER_LENGTH;
  const fallback =
    isChapter && ctx.locale === 'en' ? (match.scheme === 'hs' ? hsChapterTitle(shared) : isicTitle(shared)) : undefined;
  const name = shared === '' ? undefined : shorten(describe(match.scheme, shared) ?? fallback);
  const section = match.level === 'section' && match.scheme === 'hs' ? hsSection(match.wanted) : undefined;
  return m.codeMatch({ ...match, scheme: match.scheme, shared, name, ...(section !== undefined && { section }) });
}

function regionDetails(ctx: ExplainContext, m: Messages, b: Buyer, s: Supplier): string[] {
  const r = regionFacts(b, s, ctx.asOf);
  const place = (p: string) => placeName(p, ctx.locale) ?? p;
  const out: string[] = [];
  if (r.origin)
    out.push(r.origin.place !== undefined ? m.preferredOrigin(place(r.origin.place)) : m.notPreferredOrigin);
  if (r.sameCountry) out.push(m.sameCountry);
  else if (r.sharedBlocs.length)
    out.push(
      m.sharedBlocs(r.sharedBlocs.map((code) => blocLabel(code, ctx.locale)).join(ctx.locale === 'zh' ? '、' : ', ')),
    );
  if (r.exports) out.push(m.exportsTo(r.exports));
  if (r.target !== undefined) out.push(m.targets(place(r.target)));
  if (!r.sameCountry) {
    const km = Math.round(r.km / DISTANCE_STEP_KM) * DISTANCE_STEP_KM;
    out.push(m.distance(km === 0 ? `<${DISTANCE_STEP_KM}` : km.toLocaleString('en')));
  }
  out.push(r.language !== undefined ? m.language(languageName(r.language, ctx.locale) ?? r.language) : m.noLanguage);
  if (r.hours !== undefined && !r.sameCountry) out.push(m.hours(String(Math.round(r.hours * 10) / 10))); // one decimal
  return out;
}

function keywordDetails(ctx: ExplainContext, m: Messages, b: Buyer, s: Supplier): string[] {
  const pairs = ctx.keywords
    .bestPairs(b.keywords ?? [], s.keywords ?? [])
    .slice(0, MAX_KEYWORD_PAIRS)
    .map((p) =>
      p.wanted === p.offered
        ? m.quote(p.wanted)
        : p.concept
          ? m.conceptPair(p.wanted, p.offered)
          : `${m.quote(p.wanted)} ≈ ${m.quote(p.offered)}`,
    );
  return pairs.length ? [m.keywords(pairs.join(', '))] : [m.noKeywordMatch];
}

function credentialDetails(m: Messages, b: Buyer, s: Supplier): string[] {
  const held = new Set(s.certifications ?? []);
  const out = (b.requiredCertifications ?? []).filter((c) => held.has(c)).map((c) => m.requiredPresent(c));
  const preferred = b.preferredCertifications ?? [];
  if (preferred.length) {
    const have = preferred.filter((c) => held.has(c));
    out.push(m.preferredCerts(have.length, preferred.length, have.join(', ')));
  }
  if (s.tier) out.push(m.tier(m.tierName[s.tier]));
  if (s.patents) out.push(m.patents(s.patents));
  return out;
}

function capacityDetails(m: Messages, q: QueryBuyer, s: Supplier): string[] {
  const volume = q.profile.volume;
  if (volume === undefined) return [];
  const out: string[] = [];
  if (s.capacity !== undefined)
    out.push(m.capacity(num(s.capacity), num(volume), capacityFit(volume, s.capacity) === 1));
  if (s.moq !== undefined) out.push(m.moq(num(s.moq), moqFit(volume, s.moq) === 1));
  return out;
}

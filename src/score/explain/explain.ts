/**
 * Human-readable reason lines for a scored pair: exclusions first, then each known component
 * with its score and evidence (largest contribution first), then the unknown ones.
 */
import { COMPONENTS, type ComponentName } from '../../model/types.js';
import { placeName } from '../../geo/regions.js';
import { industryMatches } from '../industry.js';
import type { PreparedSupplier } from '../prepared.js';
import type { QueryBuyer, ScoringContext } from '../context.js';
import type { PairEvaluation } from '../evaluate.js';
import { EN, ZH, type Messages } from './messages.js';

const MAX_CODE_LINES = 3;
const MAX_KEYWORD_PAIRS = 3;

export function explainPair(ctx: ScoringContext, b: QueryBuyer, s: PreparedSupplier, e: PairEvaluation): string[] {
  const m = ctx.locale === 'zh' ? ZH : EN;
  const sep = ctx.locale === 'zh' ? '；' : '; ';
  const lines = e.excluded.map((code) => m.excluded(code, exclusionDetail(m, code, b, s, e)));
  const details: Record<ComponentName, () => string[]> = {
    industry: () => industryDetails(ctx, m, b, s),
    region: () => regionDetails(ctx, m, e),
    capability: () => [m.capability],
    text: () => keywordDetails(ctx, m, b, s),
    credentials: () => credentialDetails(m, b, s, e),
    capacity: () => capacityDetails(ctx, m, e),
    timing: () => (e.evidence.timing ? [m.timing(e.evidence.timing.leadTimeDays, e.evidence.timing.daysLeft, e.evidence.timing.feasible)] : []),
  };
  const known = COMPONENTS.filter((c) => e.components[c] !== null && ctx.weights[c] > 0).sort(
    (x, y) => ctx.weights[y] * e.components[y]! - ctx.weights[x] * e.components[x]! || COMPONENTS.indexOf(x) - COMPONENTS.indexOf(y),
  );
  for (const c of known) {
    const parts = details[c]();
    lines.push(`${m.component[c]} ${e.components[c]!.toFixed(2)}${parts.length ? ` — ${parts.join(sep)}` : ''}`);
  }
  for (const c of COMPONENTS) {
    if (e.components[c] === null && ctx.weights[c] > 0) lines.push(m.unknown(m.component[c], m.unknownWhy[c]));
  }
  lines.push(m.mutual(e.mutual.score.toFixed(2), e.mutual.supplierSide.toFixed(2)));
  return lines;
}

function exclusionDetail(m: Messages, code: string, b: QueryBuyer, s: PreparedSupplier, e: PairEvaluation): string {
  const num = (n: number) => n.toLocaleString('en');
  const { capacity, timing } = e.evidence;
  if (code === 'origin-excluded') return m.exclusion.originExcluded(s.profile.country);
  if (code.startsWith('certification-missing:')) return m.exclusion.certificationMissing(code.slice(code.indexOf(':') + 1));
  if (code === 'tier-below-minimum') return m.exclusion.tierBelow(s.profile.tier ?? '—', b.profile.minTier ?? '');
  if (code === 'industry-mismatch') return m.exclusion.industryMismatch;
  if (code === 'capacity-short' && capacity?.capacity) return m.exclusion.capacityShort(num(capacity.capacity.available), num(capacity.volume));
  if (code === 'moq-above-volume' && capacity?.moq) return m.exclusion.moqAbove(num(capacity.moq.minimum), num(capacity.volume));
  if (code === 'deadline-infeasible' && timing) return m.exclusion.deadline(timing.leadTimeDays, timing.daysLeft);
  return code;
}

function industryDetails(ctx: ScoringContext, m: Messages, b: QueryBuyer, s: PreparedSupplier): string[] {
  return industryMatches(b.profile, s.profile)
    .slice(0, MAX_CODE_LINES)
    .map(({ scheme, match }) => {
      const shared = match.level === 'heading' ? match.wanted.slice(0, 4) : match.level === 'chapter' ? match.wanted.slice(0, 2) : match.offered;
      const name = match.level === 'section' ? undefined : ctx.describeCode?.(scheme, match.level === 'exact' ? match.offered : shared);
      return m.codeMatch(scheme, match.level, match.wanted, match.offered, name);
    });
}

function regionDetails(ctx: ScoringContext, m: Messages, e: PairEvaluation): string[] {
  const r = e.evidence.region;
  const out: string[] = [];
  if (r.origin) out.push(r.origin.place !== undefined ? m.preferredOrigin(placeName(r.origin.place, ctx.locale) ?? r.origin.place) : m.notPreferredOrigin);
  if (r.ties.sameCountry) out.push(m.sameCountry);
  else if (r.ties.sharedBlocs.length) out.push(m.sharedBlocs(r.ties.sharedBlocs.join(', ')));
  if (r.exports) out.push(m.exportsTo(r.exports.kind));
  if (r.target?.place !== undefined) out.push(m.targets(placeName(r.target.place, ctx.locale) ?? r.target.place));
  if (!r.ties.sameCountry) out.push(m.distance(Math.round(r.distance.km / 100) * 100 === 0 ? '<100' : (Math.round(r.distance.km / 100) * 100).toLocaleString('en')));
  out.push(r.language.shared !== undefined ? m.language(r.language.shared) : m.noLanguage);
  if (r.hours && !r.ties.sameCountry) out.push(m.hours(String(Math.round(r.hours.hours * 10) / 10)));
  return out;
}

function keywordDetails(ctx: ScoringContext, m: Messages, b: QueryBuyer, s: PreparedSupplier): string[] {
  const pairs = ctx.keywords
    .bestPairs(b.profile.keywords ?? [], s.profile.keywords ?? [])
    .slice(0, MAX_KEYWORD_PAIRS)
    .map((p) => (p.wanted === p.offered ? `"${p.wanted}"` : `"${p.wanted}" ≈ "${p.offered}"`));
  return pairs.length ? [m.keywords(pairs.join(', '))] : [];
}

function credentialDetails(m: Messages, b: QueryBuyer, s: PreparedSupplier, e: PairEvaluation): string[] {
  const out = b.required.filter((c) => s.certifications.has(c)).map((c) => m.requiredPresent(c));
  const c = e.evidence.credentials;
  if (c && b.preferred.length) out.push(m.preferredCerts(c.preferredHeld.length, b.preferred.length, c.preferredHeld.join(', ')));
  if (s.profile.tier) out.push(m.tier(s.profile.tier));
  if (s.profile.patents) out.push(m.patents(s.profile.patents));
  return out;
}

function capacityDetails(_ctx: ScoringContext, m: Messages, e: PairEvaluation): string[] {
  const c = e.evidence.capacity;
  if (!c) return [];
  const num = (n: number) => n.toLocaleString('en');
  const out: string[] = [];
  if (c.capacity) out.push(m.capacity(num(c.capacity.available), num(c.volume), c.capacity.value === 1));
  if (c.moq) out.push(m.moq(num(c.moq.minimum), c.moq.value === 1));
  return out;
}

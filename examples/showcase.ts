/**
 * Which buyers the demo prints, and how it prints names: buyers whose lists show what the
 * engine does with profiles as exhibitors write them (Chinese only, words only, ISIC only),
 * then the most demanding requests; names padded by display width (a Chinese character takes
 * two columns in a terminal).
 */
import type { Buyer, Match, Supplier } from 'cuohe';

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/**
 * How an exhibitor registered: "HS", "ISIC" (activities only) or "words" (no codes), "zh " first
 * when it wrote only Chinese.
 */
export function profileKind(s: Supplier): string {
  const kind = s.products.length ? 'HS' : s.activities?.length ? 'ISIC' : 'words';
  return LATIN.test(s.name) ? kind : `zh ${kind}`;
}

const writesChinese = (b: Buyer) => (b.keywords ?? []).some((k) => HAN.test(k));

interface Feature {
  /** Why the buyer is shown, English and Chinese. */
  why: [string, string];
  /** Rank (0-based) at which the buyer's top 5 shows the feature, or -1. */
  at: (buyer: Buyer, top: Supplier[], matches: Match[]) => number;
}

/** The first of the top five of that kind whose industry fits (a good example, not a stray one). */
const fitting = (top: Supplier[], matches: Match[], kind: (k: string) => boolean) =>
  top.findIndex((s, i) => kind(profileKind(s)) && (matches[i]!.components.industry ?? 0) >= 0.6);

const FEATURES: Feature[] = [
  {
    why: ['a Chinese-only exhibitor for a buyer writing English', '只写中文的展商，买家用英文'],
    at: (b, top, m) => (writesChinese(b) ? -1 : fitting(top, m, (k) => k.startsWith('zh'))),
  },
  {
    why: ['an exhibitor that gave only words (codes inferred)', '只填了文字的展商（编码由文字推断）'],
    at: (_, top, m) => fitting(top, m, (k) => k.endsWith('words')),
  },
  {
    why: ['a buyer that asked in words only (codes inferred)', '只用文字描述需求的买家（编码由文字推断）'],
    at: (b) => (b.wants.length === 0 ? 0 : -1),
  },
  {
    why: ['a buyer writing Chinese', '用中文填写的买家'],
    at: (b, top, m) => (writesChinese(b) ? fitting(top, m, (k) => !k.startsWith('zh')) : -1),
  },
  {
    why: ['an exhibitor that gave ISIC activities only', '只填了ISIC行业代码的展商'],
    at: (_, top, m) => fitting(top, m, (k) => k.endsWith('ISIC')),
  },
];

/**
 * Up to `n` buyers: for each feature in turn, the buyer showing it highest in its top 5 with
 * an industry fit of at least 0.6 (ties by id), then the buyers with the most required
 * certificates.
 */
export function showcase(
  buyers: Buyer[],
  ranked: Map<string, Match[]>,
  suppliers: Map<string, Supplier>,
  n: number,
): { buyer: Buyer; why: [string, string] }[] {
  const chosen: { buyer: Buyer; why: [string, string] }[] = [];
  const taken = new Set<string>();
  const matches = (b: Buyer) => (ranked.get(b.id) ?? []).slice(0, 5);
  for (const feature of FEATURES) {
    if (chosen.length >= n) break;
    let best: { buyer: Buyer; at: number } | undefined;
    for (const buyer of buyers) {
      if (taken.has(buyer.id)) continue;
      const m = matches(buyer);
      const at = feature.at(
        buyer,
        m.map((x) => suppliers.get(x.supplierId)!),
        m,
      );
      if (at >= 0 && (!best || at < best.at || (at === best.at && buyer.id < best.buyer.id))) best = { buyer, at };
    }
    if (best) {
      chosen.push({ buyer: best.buyer, why: feature.why });
      taken.add(best.buyer.id);
    }
  }
  const demanding = buyers
    .filter((b) => !taken.has(b.id))
    .sort(
      (a, b) =>
        (b.requiredCertifications?.length ?? 0) - (a.requiredCertifications?.length ?? 0) || (a.id < b.id ? -1 : 1),
    );
  for (const buyer of demanding.slice(0, Math.max(0, n - chosen.length)))
    chosen.push({ buyer, why: ['a demanding request', '要求较高的采购需求'] });
  return chosen;
}

/** Columns a string takes in a terminal: East Asian wide characters take two. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 2 : 1;
  return width;
}

/** `s` cut (with "…") or padded to exactly `width` columns. */
export function fit(s: string, width: number): string {
  if (displayWidth(s) <= width) return s + ' '.repeat(width - displayWidth(s));
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…${' '.repeat(width - 1 - displayWidth(out))}`;
}

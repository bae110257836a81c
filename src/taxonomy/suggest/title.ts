/**
 * A long product text (a marketplace title, a catalogue sentence) cut into weighted segments, so that
 * the product outweighs its attributes. Marketplace titles put the product first and hang the rest
 * on separators and connectors: "Wireless Earbuds with Charging Case, IPX7 Waterproof" (the earbuds
 * are the product, the case and the rating are attributes), "Phone Case for iPhone 15" (a case, not
 * a phone), "304不锈钢保温杯 大容量 便携水杯" (the first chunk names the product), "适用iPhone15" (for X).
 * A short phrase is a single head segment, so its weights are unchanged.
 */

export type SegmentRole = 'head' | 'attribute' | 'material' | 'for';

export interface TitleSegment {
  readonly text: string;
  readonly role: SegmentRole;
}

/** How much a word counts, by the role of its segment. */
export const SEGMENT_WEIGHT: Readonly<Record<SegmentRole, number>> = {
  head: 1,
  attribute: 0.4,
  material: 0.6,
  for: 0.25,
};
/** "for X" when the head names only parts or accessories: the X says whose parts ("parts for bicycles"). */
export const FOR_WEIGHT_AFTER_PARTS = 0.8;

/** Punctuation that separates the pieces of a title (ASCII and full-width forms). */
const HARD_SEPARATORS = /[,;|!?•·，；、：！？「」《》]|:\s|\s[-–—/]\s/u;
/**
 * Text in brackets qualifies the words around it ("a polyvinyl chloride (PVC) yoga mat", "【2024新款】
 * 连衣裙"): it becomes an attribute of its own, and the words on either side stay one piece.
 */
const BRACKETED = /[([{（【][^)\]}）】]*[)\]}）】]?/gu;

/** English connectors that open a new segment, with the role of what follows them. */
const CONNECTORS: ReadonlyArray<readonly [RegExp, SegmentRole]> = [
  [/\b(?:compatible with|suitable for|designed for|intended for|made for|fits|fit for|for)\b/, 'for'],
  [
    /\b(?:made of|made from|constructed of|constructed from|composed of|consisting of|manufactured from|of \d+ ?%)\b/,
    'material',
  ],
  [
    new RegExp(
      String.raw`\b(?:with|without|featuring|including|includes|plus|containing|in a|in an|having|using|` +
        String.raw`utilizing|incorporating|comprising|equipped with|fitted with)\b`,
    ),
    'attribute',
  ],
];

/** Chinese markers of "for X" (适用iPhone15, 适配华为, 用于汽车). */
const ZH_FOR = /^(?:适用于|适用|适配|兼容|用于|专用于|配)/u;

const HAN = /\p{Script=Han}/u;

/** Splits one English piece at its connectors; the first part keeps `first` as its role. */
function splitAtConnectors(piece: string, first: SegmentRole, out: TitleSegment[]): void {
  let rest = piece;
  let role = first;
  for (;;) {
    let cut: { at: number; end: number; role: SegmentRole } | undefined;
    for (const [pattern, r] of CONNECTORS) {
      const m = pattern.exec(rest);
      if (m && (!cut || m.index < cut.at)) cut = { at: m.index, end: m.index + m[0].length, role: r };
    }
    if (!cut) break;
    out.push({ text: rest.slice(0, cut.at), role });
    rest = rest.slice(cut.end);
    role = cut.role;
  }
  out.push({ text: rest, role });
}

/** One piece between separators: Chinese chunks (split at spaces), "for X" markers, English connectors. */
function splitPiece(piece: string, out: TitleSegment[]): void {
  // Chinese titles separate their chunks with spaces; English words are separated by spaces too, so
  // only pieces with Chinese characters are cut at spaces.
  const chunks = HAN.test(piece) ? piece.split(/\s+/) : [piece];
  for (const chunk of chunks) {
    if (!chunk.trim()) continue;
    const zhFor = ZH_FOR.exec(chunk);
    if (zhFor) out.push({ text: chunk.slice(zhFor[0].length), role: 'for' });
    else splitAtConnectors(chunk, 'attribute', out);
  }
}

/**
 * Segments of a normalised (lower-case, NFKC) text, in order. The first segment that says anything
 * (`informative`) is the head; later pieces are attributes unless a connector says otherwise.
 */
export function segmentTitle(normalised: string, informative: (text: string) => boolean): TitleSegment[] {
  const pieces: TitleSegment[] = [];
  for (const raw of normalised.split(HARD_SEPARATORS)) {
    const bracketed = (raw.match(BRACKETED) ?? []).map((b) => b.replace(/[()[\]{}（）【】]/gu, ' '));
    const piece = raw.replace(BRACKETED, ' ');
    if (piece.trim()) splitPiece(piece, pieces);
    for (const b of bracketed) if (b.trim()) pieces.push({ text: b, role: 'attribute' });
  }
  // The head: the first segment with an informative word (a leading brand or "new 2024" is skipped).
  let headAt = pieces.findIndex((s) => s.role !== 'for' && informative(s.text));
  if (headAt < 0) headAt = pieces.findIndex((s) => informative(s.text));
  if (headAt < 0) return pieces;
  return pieces.map((s, i) =>
    i === headAt
      ? { text: s.text, role: 'head' }
      : i < headAt && s.role !== 'for'
        ? { text: s.text, role: 'attribute' }
        : s,
  );
}

/**
 * The HS ⇄ ISIC bridge: which ISIC Rev.4 classes (activities) make the goods of an HS code,
 * from the HS 2022 → ISIC correspondence (data/README.md). Lets a buyer who names products
 * (HS) meet a supplier who names only what it does (ISIC), and back.
 */
import { HS_ISIC_CLASSES_PACKED } from './generated/hs-isic-classes.generated.js';
import { chapterOf, FULL_LENGTH, HEADING_LENGTH, headingOf } from './levels.js';

/** Digits a subheading adds to its heading ("SS" in the packed `,SS=classes`). */
const SUFFIX = FULL_LENGTH.hs - HEADING_LENGTH.hs;

interface Tables {
  /** Classes of most of a heading's subheadings. */
  readonly common: Map<string, readonly string[]>;
  /** Subheadings whose classes differ from their heading's common ones. */
  readonly exceptions: Map<string, readonly string[]>;
  /** Every class under a heading or chapter, sorted. */
  readonly under: Map<string, readonly string[]>;
}

let unpacked: Tables | undefined;

/** Unpacks the table on first use (≈ 1,200 headings). */
function tables(): Tables {
  if (unpacked) return unpacked;
  const common = new Map<string, readonly string[]>();
  const exceptions = new Map<string, readonly string[]>();
  const prefix = new Map<string, Set<string>>();
  const addTo = (key: string, classes: readonly string[]) => {
    let set = prefix.get(key);
    if (!set) prefix.set(key, (set = new Set()));
    for (const c of classes) set.add(c);
  };
  for (const token of HS_ISIC_CLASSES_PACKED.split(' ')) {
    const heading = headingOf(token, 'hs');
    // "HHHH:" then the heading's common classes, then ",SS=classes" per differing subheading.
    const [usual = '', ...others] = token.slice(heading.length + 1).split(',');
    const split = (classes: string) => (classes ? classes.split('|') : []);
    common.set(heading, split(usual));
    addTo(heading, split(usual));
    addTo(chapterOf(heading), split(usual));
    for (const other of others) {
      const classes = split(other.slice(SUFFIX + 1));
      exceptions.set(heading + other.slice(0, SUFFIX), classes);
      addTo(heading, classes);
      addTo(chapterOf(heading), classes);
    }
  }
  unpacked = { common, exceptions, under: new Map([...prefix].map(([k, v]) => [k, [...v].sort()])) };
  return unpacked;
}

/**
 * ISIC Rev.4 classes (4 digits) that make the goods of an HS code, sorted: for a subheading its
 * own classes, for a heading or chapter every class of its subheadings. Empty when the
 * correspondence names none (or the code is unknown).
 * @example
 * isicClassesOfHs('940161'); // ['3100']
 */
export function isicClassesOfHs(hs: string): readonly string[] {
  const t = tables();
  if (hs.length === FULL_LENGTH.hs) return t.exceptions.get(hs) ?? t.common.get(headingOf(hs, 'hs')) ?? [];
  return t.under.get(hs) ?? [];
}

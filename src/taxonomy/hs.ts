/** The HS 2022 hierarchy: sections (I–XXI) › chapters (2 digits) › headings (4) › subheadings (6). */
import { HS_CHAPTERS, HS_HEADINGS_PACKED, HS_SECTIONS } from './generated/hs-structure.generated.js';
import { chapterOf, FULL_LENGTH, HEADING_LENGTH } from './levels.js';

/** Digits a subheading adds to its heading (each packed token is a heading and these suffixes). */
const SUBHEADING_SUFFIX = FULL_LENGTH.hs - HEADING_LENGTH.hs;

let codes: Set<string> | undefined;

/** Expands the packed table on first use (≈ 7,000 codes). */
function hsCodes(): Set<string> {
  if (codes) return codes;
  codes = new Set(Object.keys(HS_CHAPTERS));
  for (const token of HS_HEADINGS_PACKED.split(' ')) {
    const heading = token.slice(0, HEADING_LENGTH.hs);
    codes.add(heading);
    for (let i = HEADING_LENGTH.hs; i < token.length; i += SUBHEADING_SUFFIX)
      codes.add(heading + token.slice(i, i + SUBHEADING_SUFFIX));
  }
  return codes;
}

/** True iff `code` is a 2-, 4- or 6-digit code of the HS 2022 nomenclature. */
export function isHsCode(code: string): boolean {
  return /^(\d{2}|\d{4}|\d{6})$/.test(code) && hsCodes().has(code);
}

/** The section (Roman numeral) of a code, by its chapter; undefined for an unknown chapter. */
export function hsSection(code: string): string | undefined {
  return HS_CHAPTERS[chapterOf(code)]?.[0];
}

export function hsSectionTitle(section: string): string | undefined {
  return Object.hasOwn(HS_SECTIONS, section) ? HS_SECTIONS[section] : undefined;
}

export function hsChapterTitle(chapter: string): string | undefined {
  return Object.hasOwn(HS_CHAPTERS, chapter) ? HS_CHAPTERS[chapter]?.[1] : undefined;
}

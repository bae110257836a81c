/** The ISIC Rev.4 hierarchy: sections (A–U) › divisions (2 digits) › groups (3) › classes (4). */
import { ISIC_CODES_PACKED, ISIC_DIVISIONS, ISIC_SECTIONS } from './generated/isic-structure.generated.js';
import { chapterOf } from './levels.js';

let codes: Set<string> | undefined;

/** True iff `code` is an ISIC Rev.4 division, group or class. */
export function isIsicCode(code: string): boolean {
  codes ??= new Set(ISIC_CODES_PACKED.split(' '));
  return /^\d{2,4}$/.test(code) && codes.has(code);
}

/** The section letter of a code, by its division. */
export function isicSection(code: string): string | undefined {
  const division = chapterOf(code);
  return Object.hasOwn(ISIC_DIVISIONS, division) ? ISIC_DIVISIONS[division]?.[0] : undefined;
}

/** English title of a section or division (the full table is in `cuohe/descriptions`). */
export function isicTitle(code: string): string | undefined {
  if (Object.hasOwn(ISIC_SECTIONS, code)) return ISIC_SECTIONS[code];
  return Object.hasOwn(ISIC_DIVISIONS, code) ? ISIC_DIVISIONS[code]?.[1] : undefined;
}

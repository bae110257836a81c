/**
 * The suggester's documents: one short name per entry, each pointing at an HS 2022 subheading
 * (6 digits) or, for heading-wide names, a heading (4 digits). Read from the generated tables.
 */
import { HS_DESCRIPTIONS } from '../generated/hs-descriptions.generated.js';
import {
  HS_TERMS_EN_CUSTOMS,
  HS_TERMS_EN_TRADE,
  HS_TERMS_ZH_CUSTOMS,
  HS_TERMS_ZH_TARIFF,
} from '../generated/hs-vocabulary.generated.js';

/** Where a name comes from; each source has its own weight and length statistics. */
export type VocabularySource = 'en-trade' | 'en-hs' | 'en-customs' | 'zh-customs' | 'zh-tariff';

export interface VocabularyEntry {
  readonly code: string;
  readonly source: VocabularySource;
  readonly text: string;
}

/** How much a match in each source counts (trade terms and Chinese customs names are closest to what people write). */
export const SOURCE_WEIGHT: Readonly<Record<VocabularySource, number>> = {
  'en-trade': 1,
  'en-hs': 0.8,
  'en-customs': 0.7,
  'zh-customs': 1,
  'zh-tariff': 0.8,
};

function unpack(packed: string, source: VocabularySource, out: VocabularyEntry[]): void {
  for (const line of packed.split('\n')) {
    const [code, ...names] = line.split('\t');
    for (const text of names) out.push({ code: code!, source, text });
  }
}

/** Every entry, in a fixed order (so that ties break the same way on every run). */
export function loadVocabulary(): VocabularyEntry[] {
  const out: VocabularyEntry[] = [];
  unpack(HS_TERMS_EN_TRADE, 'en-trade', out);
  for (const [code, text] of Object.entries(HS_DESCRIPTIONS)) {
    if (/^\d{4}(\d\d)?$/.test(code)) out.push({ code, source: 'en-hs', text });
  }
  unpack(HS_TERMS_EN_CUSTOMS, 'en-customs', out);
  unpack(HS_TERMS_ZH_CUSTOMS, 'zh-customs', out);
  unpack(HS_TERMS_ZH_TARIFF, 'zh-tariff', out);
  return out;
}

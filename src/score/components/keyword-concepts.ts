/**
 * Keywords across languages: a buyer who types "lithium battery" and an exhibitor who wrote
 * 锂电池 share no letters, but both stand for HS heading 8507. With a `keywordConcepts`
 * function (e.g. `hsConcepts` from `cuohe/descriptions`), two keywords sharing a concept match
 * at CONCEPT_SIMILARITY — symmetric by construction, and never above an exact keyword (1).
 *
 * Per engine, the suppliers' distinct keywords are mapped to concepts once and indexed by
 * concept (typed arrays, packed with the engine core); a buyer keyword then costs one call
 * and a few posting-list reads, never a search per pair.
 */

import { issue, ValidationError } from '../../model/validation-error.js';
import { type Csr, CsrBuilder } from '../kernel/csr.js';
import { Interner } from '../kernel/interner.js';

/** Similarity of two different keywords that share a concept. */
export const CONCEPT_SIMILARITY = 0.8;

/** Concepts a keyword stands for (see `EngineOptions.keywordConcepts`). */
export type ConceptsOf = (keyword: string) => readonly string[];

/** The suppliers' keywords by concept: `keywords` row c lists the keyword ids of concept `names[c]`. */
export interface ConceptIndexParts {
  readonly names: string[];
  readonly keywords: Csr;
}

/** Builds the index over the engine's keyword vocabulary (`vocabulary[id]` is keyword id). */
export function buildConceptIndex(vocabulary: readonly string[], conceptsOf: ConceptsOf): ConceptIndexParts {
  const names = new Interner();
  const byConcept: number[][] = [];
  vocabulary.forEach((keyword, id) => {
    for (const concept of new Set(checkedConcepts(conceptsOf, keyword))) {
      const c = names.intern(concept);
      (byConcept[c] ??= []).push(id);
    }
  });
  const keywords = new CsrBuilder();
  for (let c = 0; c < names.size; c++) keywords.push(byConcept[c] ?? []);
  return { names: names.values, keywords: keywords.build() };
}

/** The concepts of `keyword`, checked: a function returning something else fails loudly, not silently. */
function checkedConcepts(conceptsOf: ConceptsOf, keyword: string): readonly string[] {
  const concepts = conceptsOf(keyword);
  if (!Array.isArray(concepts) || concepts.some((c) => typeof c !== 'string')) {
    throw new ValidationError([
      issue(
        ['options', 'keywordConcepts'],
        'wrong-type',
        `returned ${typeof concepts} for ${JSON.stringify(keyword)}; it must return an array of strings`,
      ),
    ]);
  }
  return concepts;
}

/** Query side: concept name → supplier keyword ids. */
export class ConceptLookup {
  private readonly ids: Map<string, number>;

  constructor(
    private readonly parts: ConceptIndexParts,
    readonly conceptsOf: ConceptsOf,
  ) {
    this.ids = new Map(parts.names.map((name, c) => [name, c]));
  }

  /** Calls `fn(keywordId)` for every supplier keyword sharing a concept with `query`. */
  forEachMatch(query: string, fn: (keywordId: number) => void): void {
    const { offsets, values } = this.parts.keywords;
    for (const concept of new Set(checkedConcepts(this.conceptsOf, query))) {
      const c = this.ids.get(concept);
      if (c === undefined) continue;
      for (let k = offsets[c]!; k < offsets[c + 1]!; k++) fn(values[k]!);
    }
  }
}

/**
 * `hsConcepts`: the HS headings a short keyword confidently denotes — a language-neutral key, so
 * that 锂电池 and "lithium battery", 沙发 and "sofa" meet. Memoised (keywords repeat across profiles).
 */
import { issue, ValidationError } from '../../model/validation-error.js';
import { suggestHsCodes } from './suggest.js';

/** A heading is a concept of a keyword only when the keyword is explained at least this well… */
const CONCEPT_MIN_SCORE = 0.5;
/** …and a second heading only when it scores close to the first. */
const SECOND_RATIO = 0.85;
const MAX_MEMO = 20_000;
const memo = new Map<string, readonly string[]>();

/**
 * At most two HS headings (4 digits) that `text` confidently names; `[]` when vague or unknown.
 * @example
 * hsConcepts('锂电池'); // ['8507']
 * hsConcepts('lithium battery'); // ['8507']
 * hsConcepts('goods'); // []
 * @throws {ValidationError} when `text` is not a string.
 */
export function hsConcepts(text: string): string[] {
  if (typeof text !== 'string') throw new ValidationError([issue(['text'], 'wrong-type', { expected: 'a string' })]);
  const key = text.normalize('NFKC').trim().toLowerCase();
  if (!key) return [];
  let found = memo.get(key);
  if (!found) {
    const [first, second] = suggestHsCodes(key, { level: 4, limit: 2 });
    const out: string[] = [];
    if (first && first.score >= CONCEPT_MIN_SCORE) {
      out.push(first.code);
      if (second && second.score >= CONCEPT_MIN_SCORE && second.score >= SECOND_RATIO * first.score)
        out.push(second.code);
    }
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(key, (found = out));
  }
  return [...found];
}

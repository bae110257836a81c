/**
 * The fixed rule that reserves part of the HMRC search references for measuring the suggester
 * (benchmarks/suggest): a term is reserved when the first byte of the SHA-1 of its lower-cased
 * text is a multiple of 10 (about 10 %); reserved terms never enter the vocabulary. Of the
 * reserved terms, those whose byte is a multiple of 20 form the held-out part, the rest the dev part.
 * Decided before any tuning; do not change it to improve a figure.
 */
import { createHash } from 'node:crypto';

const firstByte = (text) => createHash('sha1').update(text.trim().toLowerCase(), 'utf8').digest()[0];

/** 'vocabulary' | 'dev' | 'held-out' for an HMRC search-reference term. */
export function hmrcTermRole(term) {
  const b = firstByte(term);
  if (b % 10 !== 0) return 'vocabulary';
  return b % 20 === 0 ? 'held-out' : 'dev';
}

/** 'dev' | 'held-out' for a benchmark example that is not vocabulary (parity of the hash byte). */
export function exampleRole(text) {
  return firstByte(text) % 2 === 0 ? 'dev' : 'held-out';
}

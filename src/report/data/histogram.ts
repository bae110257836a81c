/** Score distribution: proposed pairs and placed meetings in equal-width bins. */
export interface Histogram {
  /** Lower edge of each bin; the last bin includes its upper edge. */
  edges: number[];
  width: number;
  pairs: number[];
  meetings: number[];
}

const BINS = 20;

/** Bins over [0, 1], widened to any score outside it. */
export function scoreHistogram(pairScores: readonly number[], meetingScores: readonly number[]): Histogram {
  let lo = 0;
  let hi = 1;
  for (const s of [...pairScores, ...meetingScores]) {
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  const width = (hi - lo) / BINS;
  const bin = (s: number) => Math.min(BINS - 1, Math.floor((s - lo) / width));
  const count = (scores: readonly number[]) => {
    const counts = new Array<number>(BINS).fill(0);
    for (const s of scores) counts[bin(s)]!++;
    return counts;
  };
  return {
    edges: Array.from({ length: BINS }, (_, i) => lo + i * width),
    width,
    pairs: count(pairScores),
    meetings: count(meetingScores),
  };
}

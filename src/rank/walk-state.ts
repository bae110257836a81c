import type { PairNumbers, PairScores } from '../score/kernel/score-pair.js';
import type { ResolvedRankOptions } from './options.js';
import type { RankedList } from './ranked-list.js';

/** The numbers of one walk of `BuyerIndex.top` (fields: V8 keeps doubles there unboxed). */
export class WalkState {
  row = 0;
  options: ResolvedRankOptions | undefined = undefined;
  list: RankedList<PairNumbers> | undefined = undefined;
  scratch: PairScores | undefined = undefined;
  /** Buyers bounded and waiting in `rows` / `bounds`. */
  pending = 0;
  chunk = 0;
  /** The score a buyer must reach: the list's threshold or `minScore`. */
  bar = 0;
}

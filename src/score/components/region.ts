/**
 * Region fit, from the buyer's point of view: a weighted mean of the known signals below,
 * each in [0, 1]. The kernel (score-pair.ts) computes the signals; this file holds the rules.
 *
 * | signal | weight | value |
 * |---|---|---|
 * | origin | 3 | supplier in one of the buyer's preferred origins (only when the buyer names some) |
 * | exports | 2 | exports to the buyer's country 1, to its sub-region 0.6, elsewhere 0.2 (only when the supplier lists export markets) |
 * | ties | 1 | same country 1, a shared trade bloc 0.8, else 0 |
 * | target | 1 | the buyer's country is in the supplier's target markets (only when it lists some) |
 * | distance | 1 | e^(−km / 6000) between country centre points |
 * | language | 1 | a shared language (defaults: the countries' languages) |
 * | hours | 1 | business-hours overlap ÷ 9 h (time zones default to the countries' main zones) |
 */
export const REGION_WEIGHTS = {
  origin: 3,
  exports: 2,
  ties: 1,
  target: 1,
  distance: 1,
  language: 1,
  hours: 1,
} as const;
export const EXPORT_SIGNAL = { country: 1, subregion: 0.6, other: 0.2 } as const;

/** Ten score bands with a colour each (light = low, dark = high), for the grid and its legend. */
export const BAND_COLOURS = [
  '#f7fbff',
  '#e3eef9',
  '#cfe1f2',
  '#b5d4e9',
  '#93c3df',
  '#6daed5',
  '#4b97c9',
  '#2f7ebc',
  '#1864aa',
  '#0a4a90',
];

/** Band 0–9 of a score in [lo, hi]. */
export function band(score: number, lo = 0, hi = 1): number {
  if (!(hi > lo)) return 9;
  return Math.max(0, Math.min(9, Math.floor(((score - lo) / (hi - lo)) * 10)));
}

export function bandStyles(): string {
  return BAND_COLOURS.map((c, i) => `.b${i}{background:${c};color:${i >= 6 ? '#fff' : '#111'}}`).join('\n');
}

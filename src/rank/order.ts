/** Ranking order: higher score first; ties by id (code-unit order), so results never depend on input order. */
export function byScoreThenId<T extends { score: number }>(id: (item: T) => string) {
  return (a: T, b: T): number => {
    if (a.score !== b.score) return b.score - a.score;
    const x = id(a);
    const y = id(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/** Keeps at most `max` items per key, in order (diversity). */
export function capPerKey<T>(items: readonly T[], key: (item: T) => string, max: number): T[] {
  if (!Number.isFinite(max)) return [...items];
  const counts = new Map<string, number>();
  return items.filter((item) => {
    const k = key(item);
    const n = counts.get(k) ?? 0;
    if (n >= max) return false;
    counts.set(k, n + 1);
    return true;
  });
}

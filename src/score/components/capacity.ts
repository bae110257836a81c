/**
 * Capacity fit: can the supplier deliver the buyer's volume, and does the volume reach the
 * supplier's minimum order quantity? Each side is 1 when satisfied and the achieved ratio
 * otherwise; the component is the weaker of the two. NaN (unknown) without a volume, or
 * without both capacity and MOQ. Quantities are NaN when not given.
 */
export function capacityFit(volume: number, capacity: number): number {
  return capacity >= volume ? 1 : capacity / volume;
}

export function moqFit(volume: number, moq: number): number {
  return moq === 0 || volume >= moq ? 1 : volume / moq;
}

export function capacityScore(volume: number, capacity: number, moq: number): number {
  if (Number.isNaN(volume) || (Number.isNaN(capacity) && Number.isNaN(moq))) return Number.NaN;
  const c = Number.isNaN(capacity) ? 1 : capacityFit(volume, capacity);
  const m = Number.isNaN(moq) ? 1 : moqFit(volume, moq);
  return c < m ? c : m;
}

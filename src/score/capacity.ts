/**
 * Capacity fit: can the supplier deliver the buyer's volume, and is the volume above the
 * supplier's minimum order quantity? Each side is 1 when satisfied and the achieved ratio
 * otherwise; the component is the weaker of the two (the binding constraint).
 */
import type { PreparedBuyer, PreparedSupplier } from './prepared.js';

export interface CapacityEvidence {
  volume: number;
  capacity?: { value: number; available: number };
  moq?: { value: number; minimum: number };
}

export function capacityEvidence(b: PreparedBuyer, s: PreparedSupplier): CapacityEvidence | null {
  const volume = b.profile.volume;
  const { capacity, moq } = s.profile;
  if (volume === undefined || (capacity === undefined && moq === undefined)) return null;
  const e: CapacityEvidence = { volume };
  if (capacity !== undefined) e.capacity = { value: capacity >= volume ? 1 : capacity / volume, available: capacity };
  if (moq !== undefined) e.moq = { value: volume >= moq ? 1 : volume / moq, minimum: moq };
  return e;
}

export function capacityScore(e: CapacityEvidence | null): number | null {
  if (e === null) return null;
  return Math.min(e.capacity?.value ?? 1, e.moq?.value ?? 1);
}

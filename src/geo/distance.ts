import { getCountry } from './countries.js';
import { portableAsin, portableCos, portableSin } from './portable-math.js';

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Great-circle distance (haversine) between two countries' centre points, in km; 0 for the same
 * country or an unknown code.
 */
export function countryDistanceKm(a: string, b: string): number {
  if (a === b) return 0;
  // One order of the two, so the distance is symmetric to the last bit (sin is not exactly odd).
  const [first, second] = a < b ? [a, b] : [b, a];
  const p = getCountry(first);
  const q = getCountry(second);
  if (!p || !q) return 0;
  const dLat = rad(q.lat - p.lat);
  const dLng = rad(q.lng - p.lng);
  // Portable sin/cos/asin: the same last bit in every engine (see portable-math.ts).
  const sLat = portableSin(dLat / 2);
  const sLng = portableSin(dLng / 2);
  const h = sLat * sLat + portableCos(rad(p.lat)) * portableCos(rad(q.lat)) * sLng * sLng;
  return 2 * EARTH_RADIUS_KM * portableAsin(Math.min(1, Math.sqrt(h)));
}

import { getCountry } from './countries.js';

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance (haversine) between two countries' centre points, in km; 0 for the same country or an unknown code. */
export function countryDistanceKm(a: string, b: string): number {
  if (a === b) return 0;
  const p = getCountry(a);
  const q = getCountry(b);
  if (!p || !q) return 0;
  const dLat = rad(q.lat - p.lat);
  const dLng = rad(q.lng - p.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(p.lat)) * Math.cos(rad(q.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Validation of the engine's inputs: profiles from the parsers pass as they are; anything else is parsed. */

import { isValidatedProfile, parseBuyers, parseSuppliers } from '../model/parse.js';
import type { Buyer, Supplier } from '../model/types.js';
import { ValidationError } from '../model/validation-error.js';

export function validSuppliers(suppliers: unknown): Supplier[] {
  if (Array.isArray(suppliers) && suppliers.every(isValidatedProfile)) {
    const ids = new Set(suppliers.map((s: Supplier) => s.id));
    if (ids.size === suppliers.length) return suppliers as Supplier[];
  }
  return parseSuppliers(suppliers);
}

export function validBuyers(buyers: unknown): Buyer[] {
  if (Array.isArray(buyers) && buyers.every(isValidatedProfile)) {
    const ids = new Set(buyers.map((b: Buyer) => b.id));
    if (ids.size === buyers.length) return buyers as Buyer[];
  }
  return parseBuyers(buyers);
}

/** One buyer; issue paths start with 'buyer' instead of a record index. */
export function validBuyer(buyer: unknown): Buyer {
  if (isValidatedProfile(buyer)) return buyer as Buyer;
  try {
    return parseBuyers([buyer])[0]!;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.issues.map((i) => ({ ...i, path: ['buyer', ...i.path.slice(1)] })),
      'invalid buyer',
    );
  }
}

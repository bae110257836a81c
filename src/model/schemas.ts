/** Record schemas for suppliers and buyers (zod/mini); field schemas live in fields.ts. */
import * as z from 'zod/mini';
import * as f from './fields.js';
import { LIMITS } from './limits.js';
import { unknownKeyMessage } from './suggest-field.js';

/** The keys of a buyer's `origins`. */
export const ORIGINS_KEYS = ['include', 'exclude'];

export const supplierSchema = z.object({
  id: f.text(LIMITS.idLength),
  name: f.text(LIMITS.nameLength),
  country: f.country,
  products: z._default(f.list(f.hsCode, LIMITS.codesPerList), []),
  inferredProducts: z.optional(f.inferredCodes),
  activities: z.optional(f.list(f.isicCode, LIMITS.codesPerList)),
  description: z.optional(f.text(LIMITS.descriptionLength)),
  capabilities: z.optional(f.capabilities),
  keywords: z.optional(f.keywords),
  certifications: z.optional(f.certificates),
  tier: z.optional(f.tier),
  patents: z.optional(f.patents),
  languages: z.optional(f.languages),
  exportMarkets: z.optional(f.list(f.country, LIMITS.placesPerList)),
  targetMarkets: z.optional(f.list(f.place, LIMITS.placesPerList)),
  capacity: z.optional(f.quantity('capacity')),
  moq: z.optional(f.quantity('moq')),
  leadTimeDays: z.optional(f.leadTimeDays),
  timezone: z.optional(f.timezone),
  group: z.optional(f.text(LIMITS.nameLength)),
});

export const buyerSchema = z.object({
  id: f.text(LIMITS.idLength),
  name: f.text(LIMITS.nameLength),
  country: f.country,
  wants: z._default(f.list(f.hsCode, LIMITS.codesPerList), []),
  inferredWants: z.optional(f.inferredCodes),
  activities: z.optional(f.list(f.isicCode, LIMITS.codesPerList)),
  description: z.optional(f.text(LIMITS.descriptionLength)),
  capabilities: z.optional(f.capabilities),
  keywords: z.optional(f.keywords),
  requiredCertifications: z.optional(f.certificates),
  preferredCertifications: z.optional(f.certificates),
  minTier: z.optional(f.tier),
  origins: z.optional(
    z.strictObject(
      {
        include: z.optional(f.list(f.place, LIMITS.placesPerList)),
        exclude: z.optional(f.list(f.place, LIMITS.placesPerList)),
      },
      // A misspelt `exclude` would silently drop a hard constraint: unknown keys are errors.
      {
        error: (i) =>
          i.code === 'unrecognized_keys'
            ? i.keys.map((k) => unknownKeyMessage(k, ORIGINS_KEYS)).join('; ')
            : f.said('origins-type'),
      },
    ),
  ),
  volume: z.optional(f.quantity('volume')),
  deadline: z.optional(f.isoDate),
  languages: z.optional(f.languages),
  timezone: z.optional(f.timezone),
  hard: z.optional(f.hardConditions),
  group: z.optional(f.text(LIMITS.nameLength)),
});

export const SUPPLIER_FIELDS = Object.keys(supplierSchema.shape);
export const BUYER_FIELDS = Object.keys(buyerSchema.shape);

/** Record schemas for suppliers and buyers (zod); field schemas live in fields.ts. */
import * as z from 'zod';
import * as f from './fields.js';
import { LIMITS } from './limits.js';
import { unknownKeyMessage } from './suggest-field.js';

export const supplierSchema = z.object({
  id: f.text(LIMITS.idLength),
  name: f.text(LIMITS.nameLength),
  country: f.country,
  products: f.list(f.hsCode, LIMITS.codesPerList).default([]),
  inferredProducts: f.inferredCodes.optional(),
  activities: f.list(f.isicCode, LIMITS.codesPerList).optional(),
  description: f.text(LIMITS.descriptionLength).optional(),
  capabilities: f.capabilities.optional(),
  keywords: f.keywords.optional(),
  certifications: f.certificates.optional(),
  tier: f.tier.optional(),
  patents: f.patents.optional(),
  languages: f.languages.optional(),
  exportMarkets: f.list(f.country, LIMITS.placesPerList).optional(),
  targetMarkets: f.list(f.place, LIMITS.placesPerList).optional(),
  capacity: f.quantity('capacity').optional(),
  moq: f.quantity('moq').optional(),
  leadTimeDays: f.leadTimeDays.optional(),
  timezone: f.timezone.optional(),
  group: f.text(LIMITS.nameLength).optional(),
});

export const buyerSchema = z.object({
  id: f.text(LIMITS.idLength),
  name: f.text(LIMITS.nameLength),
  country: f.country,
  wants: f.list(f.hsCode, LIMITS.codesPerList).default([]),
  inferredWants: f.inferredCodes.optional(),
  activities: f.list(f.isicCode, LIMITS.codesPerList).optional(),
  description: f.text(LIMITS.descriptionLength).optional(),
  capabilities: f.capabilities.optional(),
  keywords: f.keywords.optional(),
  requiredCertifications: f.certificates.optional(),
  preferredCertifications: f.certificates.optional(),
  minTier: f.tier.optional(),
  origins: z
    .strictObject(
      {
        include: f.list(f.place, LIMITS.placesPerList).optional(),
        exclude: f.list(f.place, LIMITS.placesPerList).optional(),
      },
      // A misspelt `exclude` would silently drop a hard constraint: unknown keys are errors.
      {
        error: (i) =>
          i.code === 'unrecognized_keys'
            ? i.keys.map((k) => unknownKeyMessage(k, ['include', 'exclude'])).join('; ')
            : 'must be an object { include?, exclude? }',
      },
    )
    .optional(),
  volume: f.quantity('volume').optional(),
  deadline: f.isoDate.optional(),
  languages: f.languages.optional(),
  timezone: f.timezone.optional(),
  hard: f.hardConditions.optional(),
  group: f.text(LIMITS.nameLength).optional(),
});

export const SUPPLIER_FIELDS = Object.keys(supplierSchema.shape);
export const BUYER_FIELDS = Object.keys(buyerSchema.shape);

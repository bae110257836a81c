/**
 * Upper bounds on input sizes. They reject absurd values (a 10 MB name, a capability
 * vector of a million numbers, a capacity of 1e300) before they cost memory or time.
 */
export const LIMITS = {
  idLength: 200,
  nameLength: 500,
  keywordLength: 200,
  /** A free-text description (what the firm makes or wants, any language). */
  descriptionLength: 5_000,
  codesPerList: 2_000,
  keywordsPerList: 500,
  placesPerList: 500,
  certificatesPerList: 200,
  capabilityDimensions: 4_096,
  /** Largest quantity (capacity, MOQ, volume) accepted, in the caller's units. */
  quantity: 1e12,
  leadTimeDays: 3_650,
  patents: 1_000_000,
  records: 5_000_000,
} as const;

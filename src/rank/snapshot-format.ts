/** The snapshot format: written by `engine.snapshot()`, read by `loadEngine`. */
import type { Supplier } from '../model/types.js';
import type { EngineOptions } from './options.js';

export const SNAPSHOT_FORMAT = 'cuohe-engine';
export const SNAPSHOT_VERSION = 1;

export interface SnapshotContent {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  options: Omit<EngineOptions, 'describeCode' | 'asOf'> & { asOf: string };
  checksum: string;
  suppliers: Supplier[];
}

/** FNV-1a (32-bit) over UTF-16 code units: detects damage, not tampering. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Serialises what an engine was built from. */
export function writeSnapshot(suppliers: readonly Supplier[], options: SnapshotContent['options']): string {
  const body = JSON.stringify(suppliers);
  return `{"format":"${SNAPSHOT_FORMAT}","version":${SNAPSHOT_VERSION},"options":${JSON.stringify(options)},"checksum":"${checksum(body)}","suppliers":${body}}`;
}

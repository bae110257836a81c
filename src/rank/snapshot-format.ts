/** The snapshot formats (JSON and binary): written by `engine.snapshot()`, read by `loadEngine`. */
import type { Supplier } from '../model/types.js';
import { ValidationError } from '../model/validation-error.js';
import { coreFromTree, coreTree, type EngineCore } from './engine-core.js';
import type { EngineOptions } from './options.js';
import { type Layout, pack, unpack } from './pack.js';

export const SNAPSHOT_FORMAT = 'cuohe-engine';
/**
 * 3: the checksum covers the options too; directional industry similarity, inferred codes, the
 * HS ⇄ ISIC bridge, minIndustryLevel and keyword concepts.
 */
export const SNAPSHOT_VERSION = 3;

export interface SnapshotContent {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  /** `keywordConcepts` is a flag here: the function itself must be given again to `loadEngine`. */
  options: Omit<EngineOptions, 'describeCode' | 'asOf' | 'keywordConcepts'> & {
    asOf: string;
    keywordConcepts?: boolean;
  };
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

/** The JSON snapshot's checksum: over the options and the suppliers, as serialised. */
export function snapshotChecksum(optionsJson: string, suppliersJson: string): string {
  return checksum(`${optionsJson}\n${suppliersJson}`);
}

/** Serialises what an engine was built from. */
export function writeSnapshot(suppliers: readonly Supplier[], options: SnapshotContent['options']): string {
  const body = JSON.stringify(suppliers);
  const optionsJson = JSON.stringify(options);
  const checksum = snapshotChecksum(optionsJson, body);
  return (
    `{"format":"${SNAPSHOT_FORMAT}","version":${SNAPSHOT_VERSION},"options":${optionsJson},` +
    `"checksum":"${checksum}","suppliers":${body}}`
  );
}

/**
 * Binary snapshot: the packed engine core (tables and posting lists) plus the suppliers as
 * JSON, each with a checksum. Layout: 8-byte magic; version, header length and header
 * checksum (uint32 LE); the header (JSON, with the other checksums); zero padding to 8
 * bytes; the core's buffer; the suppliers' JSON.
 */
const BINARY_MAGIC = 'CUOHEIDX';
const BINARY_VERSION = 1;
/** Magic, version, header length, header checksum. */
const PREFIX = 20;

interface BinaryHeader {
  layout: Layout;
  dataLength: number;
  dataChecksum: string;
  profilesLength: number;
  profilesChecksum: string;
}

/** FNV-1a over 32-bit little-endian words (a trailing partial word zero-padded): detects damage. */
export function bytesChecksum(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  const words = bytes.length >>> 2;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < words; i++) h = Math.imul(h ^ view.getUint32(i * 4, true), 0x01000193) >>> 0;
  let tail = 0;
  for (let i = words * 4; i < bytes.length; i++) tail |= bytes[i]! << (8 * (i - words * 4));
  if (bytes.length % 4 !== 0) h = Math.imul(h ^ tail, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export function writeBinarySnapshot(core: EngineCore, profiles: readonly Supplier[]): Uint8Array {
  const { layout, buffer } = pack(coreTree(core), (n) => new ArrayBuffer(n));
  const data = new Uint8Array(buffer);
  const profileBytes = new TextEncoder().encode(JSON.stringify(profiles));
  const header: BinaryHeader = {
    layout,
    dataLength: data.length,
    dataChecksum: bytesChecksum(data),
    profilesLength: profileBytes.length,
    profilesChecksum: bytesChecksum(profileBytes),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const dataOffset = Math.ceil((PREFIX + headerBytes.length) / 8) * 8;
  const out = new Uint8Array(dataOffset + data.length + profileBytes.length);
  out.set(new TextEncoder().encode(BINARY_MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, BINARY_VERSION, true);
  view.setUint32(12, headerBytes.length, true);
  view.setUint32(16, Number.parseInt(bytesChecksum(headerBytes), 16), true);
  out.set(headerBytes, PREFIX);
  out.set(data, dataOffset);
  out.set(profileBytes, dataOffset + data.length);
  return out;
}

/** True when `bytes` starts like a binary snapshot. */
function isBinarySnapshot(bytes: Uint8Array): boolean {
  return bytes.length >= PREFIX && new TextDecoder().decode(bytes.subarray(0, 8)) === BINARY_MAGIC;
}

/** The core and the suppliers' JSON of a binary snapshot; `fail` throws the caller's error. */
export function readBinarySnapshot(
  bytes: Uint8Array,
  fail: (message: string) => never,
): { core: EngineCore; profilesJson: string } {
  if (!isBinarySnapshot(bytes)) fail('not a cuohe engine snapshot');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== BINARY_VERSION) fail(`snapshot version ${version} is not supported (expected ${BINARY_VERSION})`);
  const headerLength = view.getUint32(12, true);
  if (PREFIX + headerLength > bytes.length) fail('the snapshot is incomplete');
  const headerBytes = bytes.subarray(PREFIX, PREFIX + headerLength);
  if (Number.parseInt(bytesChecksum(headerBytes), 16) !== view.getUint32(16, true))
    fail('the snapshot is damaged (checksum mismatch)');
  // From here on the checksums can be intact over content this version never wrote (crafted
  // or from another build): anything unexpected is the caller's ValidationError, never a raw
  // SyntaxError or TypeError.
  try {
    return readIntact(bytes, headerBytes, fail);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    return fail('the snapshot does not have the layout of this version');
  }
}

function readIntact(
  bytes: Uint8Array,
  headerBytes: Uint8Array,
  fail: (message: string) => never,
): { core: EngineCore; profilesJson: string } {
  const headerLength = headerBytes.length;
  const header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes)) as BinaryHeader;
  if (
    header === null ||
    typeof header !== 'object' ||
    typeof header.dataChecksum !== 'string' ||
    typeof header.profilesChecksum !== 'string'
  )
    fail('the snapshot header is incomplete');
  const dataOffset = Math.ceil((PREFIX + headerLength) / 8) * 8;
  if (bytes.subarray(PREFIX + headerLength, dataOffset).some((b) => b !== 0)) fail('the snapshot is damaged (padding)');
  const { dataLength, profilesLength } = header;
  if (
    !Number.isInteger(dataLength) ||
    !Number.isInteger(profilesLength) ||
    dataOffset + dataLength + profilesLength !== bytes.length
  )
    fail('the snapshot is incomplete');
  let data = bytes.subarray(dataOffset, dataOffset + dataLength);
  const profileBytes = bytes.subarray(dataOffset + dataLength);
  if (bytesChecksum(data) !== header.dataChecksum || bytesChecksum(profileBytes) !== header.profilesChecksum)
    fail('the snapshot is damaged (checksum mismatch)');
  // Views of 8-byte numbers need an aligned start: copy when the caller's bytes are not (a
  // Node Buffer at any offset too: its own slice() would not copy).
  if (data.byteOffset % 8 !== 0) data = new Uint8Array(data);
  const core = coreFromTree(unpack(header.layout, data.buffer, data.byteOffset));
  return { core, profilesJson: new TextDecoder('utf-8', { fatal: true }).decode(profileBytes) };
}

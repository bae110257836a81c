/**
 * Saving an engine and loading it again — for an expo site that builds its index once a day
 * and starts many processes from it. A JSON snapshot is the validated suppliers and the
 * engine options (everything but `describeCode`, which is a function), with a checksum;
 * loading skips the schema validation when the checksum matches, and indexes again. A binary
 * snapshot also holds the built index (tables and posting lists), so loading only reads the
 * suppliers' JSON and wraps the tables. A damaged snapshot is a ValidationError.
 */

import { parseSuppliers, trustValidatedCopies } from '../model/parse.js';
import { unknownKeyIssues } from '../model/suggest-field.js';
import type { Supplier } from '../model/types.js';
import { type IssueCode, issue, ValidationError } from '../model/validation-error.js';
import { createEngine, type MatchEngine } from './engine.js';
import { engineOver } from './engine-internals.js';
import { type EngineOptions, resolveEngineOptions } from './options.js';
import {
  readBinarySnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type SnapshotContent,
  snapshotChecksum,
} from './snapshot-format.js';

/**
 * Options of `loadEngine`.
 * @example
 * const describeCode: DescribeCode = (s, c) => (s === 'hs' ? hsDescription(c) : undefined);
 * loadEngine(text, { verify: true, locale: 'zh', describeCode });
 */
export interface LoadOptions extends Pick<EngineOptions, 'describeCode' | 'locale' | 'keywordConcepts'> {
  /**
   * Validate the suppliers again instead of trusting an intact checksum (slower). Use it for
   * snapshots that did not come from your own `engine.snapshot()`.
   */
  verify?: boolean;
}

/**
 * An engine from `engine.snapshot()` — JSON text or binary bytes; `describeCode` and
 * `locale` may be given again.
 * @throws {ValidationError} when the data is not an intact snapshot of this version.
 * @example
 * writeFileSync('engine.json', engine.snapshot());
 * const again = loadEngine(readFileSync('engine.json', 'utf8'), { describeCode });
 * writeFileSync('engine.idx', engine.snapshot({ format: 'binary' }));
 * const fast = loadEngine(readFileSync('engine.idx'));
 */
export function loadEngine(snapshot: string | Uint8Array, options: LoadOptions = {}): MatchEngine {
  const fail = (message: string, code: IssueCode = 'unreadable'): never => {
    throw new ValidationError([issue(['snapshot'], code, message)]);
  };
  if (options === null || typeof options !== 'object')
    throw new ValidationError([issue(['options'], 'wrong-type', { expected: 'an object' })]);
  const unknown = unknownKeyIssues(options, ['verify', 'locale', 'describeCode', 'keywordConcepts'], ['options']);
  if (unknown.length) throw new ValidationError(unknown, 'invalid load options');
  if (snapshot instanceof Uint8Array) return loadBinary(snapshot, options, fail);
  if (typeof snapshot !== 'string') fail('expected the snapshot text or bytes', 'wrong-type');
  let parsed: Partial<SnapshotContent> | null;
  try {
    parsed = JSON.parse(snapshot) as Partial<SnapshotContent> | null;
  } catch {
    return fail('not JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || parsed.format !== SNAPSHOT_FORMAT)
    return fail('not a cuohe engine snapshot');
  if (parsed.version !== SNAPSHOT_VERSION)
    fail(`snapshot version ${String(parsed.version)} is not supported (expected ${SNAPSHOT_VERSION})`);
  if (
    !Array.isArray(parsed.suppliers) ||
    typeof parsed.checksum !== 'string' ||
    parsed.options === null ||
    typeof parsed.options !== 'object'
  ) {
    fail('the snapshot is incomplete');
  }
  if (snapshotChecksum(JSON.stringify(parsed.options), JSON.stringify(parsed.suppliers)) !== parsed.checksum)
    fail('the snapshot is damaged (checksum mismatch)');
  const { verify, ...engineOptions } = options;
  const { keywordConcepts: builtWithConcepts, ...saved } = parsed.options as SnapshotContent['options'];
  if (builtWithConcepts === true && engineOptions.keywordConcepts === undefined) fail(NEEDS_CONCEPTS, 'required');
  return notRaw(() => {
    const suppliers: Supplier[] = verify ? parseSuppliers(parsed!.suppliers) : trustValidatedCopies(parsed!.suppliers!);
    return createEngine(suppliers, { ...saved, ...engineOptions });
  }, fail);
}

/** Content behind an intact checksum that this version cannot use is a ValidationError, never a raw TypeError. */
function notRaw<T>(build: () => T, fail: (message: string) => never): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    return fail(`the snapshot's content is not what this version writes (${(error as Error)?.name ?? 'error'})`);
  }
}

const NEEDS_CONCEPTS = 'this engine was built with a keywordConcepts function: pass the same function to loadEngine';

function loadBinary(bytes: Uint8Array, options: LoadOptions, fail: (message: string) => never): MatchEngine {
  const { core, profilesJson } = readBinarySnapshot(bytes, fail);
  let parsed: unknown;
  try {
    parsed = JSON.parse(profilesJson);
  } catch {
    return fail('the suppliers in the snapshot are not JSON');
  }
  const { verify, ...given } = options;
  return notRaw(() => {
    if (!Array.isArray(parsed) || parsed.length !== core.table.size) return fail('the snapshot is incomplete');
    return binaryEngine(core, parsed, given, verify, fail);
  }, fail);
}

function binaryEngine(
  core: ReturnType<typeof readBinarySnapshot>['core'],
  parsed: unknown[],
  given: Omit<LoadOptions, 'verify'>,
  verify: boolean | undefined,
  fail: (message: string, code?: IssueCode) => never,
): MatchEngine {
  const { keywordConcepts: builtWithConcepts, ...saved } = core.options;
  if (builtWithConcepts && given.keywordConcepts === undefined) fail(NEEDS_CONCEPTS, 'required');
  const engineOptions = { ...saved, ...given };
  const resolved = resolveEngineOptions(engineOptions); // checks the given locale and describeCode
  // Verifying validates the suppliers again and rebuilds the index from them.
  if (verify) return createEngine(parseSuppliers(parsed), engineOptions);
  // The profiles stay inside the engine (matches carry ids; explanations read them), so they
  // need no freezing or marking as validated — at 1,000,000 suppliers that saved seconds.
  return engineOver(
    { ...core, options: { ...core.options, locale: resolved.locale } },
    parsed as Supplier[],
    resolved.describeCode,
    resolved.keywordConcepts,
  );
}

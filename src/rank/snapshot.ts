/**
 * Saving an engine and loading it again — for an expo site that builds its index once a day
 * and starts many processes from it. A snapshot is JSON text: the validated suppliers and
 * the engine options (everything but `describeCode`, which is a function), with a checksum.
 * Loading skips the schema validation when the checksum matches (a snapshot of 60,000
 * suppliers loads several times faster than parsing them again); a damaged snapshot is
 * a ValidationError.
 */
import type { Supplier } from '../model/types.js';
import { ValidationError } from '../model/validation-error.js';
import { parseSuppliers, trustValidatedCopies } from '../model/parse.js';
import { createEngine, type MatchEngine } from './engine.js';
import type { EngineOptions } from './options.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, checksum, type SnapshotContent } from './snapshot-format.js';

/**
 * Options of `loadEngine`.
 * @example
 * loadEngine(text, { verify: true, locale: 'zh', describeCode: (s, c) => (s === 'hs' ? hsDescription(c) : undefined) });
 */
export interface LoadOptions extends Pick<EngineOptions, 'describeCode' | 'locale'> {
  /**
   * Validate the suppliers again instead of trusting an intact checksum (slower). Use it for
   * snapshots that did not come from your own `engine.snapshot()`.
   */
  verify?: boolean;
}

/**
 * An engine from `engine.snapshot()` text; `describeCode` and `locale` may be given again.
 * @throws {ValidationError} when the text is not an intact snapshot of this version.
 * @example
 * writeFileSync('engine.json', engine.snapshot());
 * const again = loadEngine(readFileSync('engine.json', 'utf8'), { describeCode });
 */
export function loadEngine(snapshot: string, options: LoadOptions = {}): MatchEngine {
  const fail = (message: string): never => {
    throw new ValidationError([{ path: ['snapshot'], message }]);
  };
  if (typeof snapshot !== 'string') fail('expected the snapshot text');
  let parsed: Partial<SnapshotContent> | null;
  try {
    parsed = JSON.parse(snapshot) as Partial<SnapshotContent> | null;
  } catch {
    return fail('not JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || parsed.format !== SNAPSHOT_FORMAT) return fail('not a cuohe engine snapshot');
  if (parsed.version !== SNAPSHOT_VERSION) fail(`snapshot version ${String(parsed.version)} is not supported (expected ${SNAPSHOT_VERSION})`);
  if (!Array.isArray(parsed.suppliers) || typeof parsed.checksum !== 'string' || parsed.options === null || typeof parsed.options !== 'object') {
    fail('the snapshot is incomplete');
  }
  if (checksum(JSON.stringify(parsed.suppliers)) !== parsed.checksum) fail('the snapshot is damaged (checksum mismatch)');
  const { verify, ...engineOptions } = options;
  const suppliers: Supplier[] = verify ? parseSuppliers(parsed.suppliers) : trustValidatedCopies(parsed.suppliers!);
  return createEngine(suppliers, { ...parsed.options, ...engineOptions });
}

/** rankAllParallel under faults: throwing callbacks, aborts, timeouts, too many threads, host flags. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleFair } from '../../examples/fair/sample.js';
import { createEngine, ValidationError } from '../../src/index.js';
import { rankAllParallel } from '../../src/node/index.js';
import { workerCount } from '../../src/node/worker-pool.js';
import { root } from '../cli/run-cli.js';

// The sample as the examples read it: codes inferred for profiles that give only words.
const sample = loadSampleFair();
const suppliers = sample.suppliers.slice(0, 600);
const buyers = sample.buyers.slice(0, 80);
const engine = createEngine(suppliers, { asOf: '2026-11-22' });

describe('rankAllParallel faults', () => {
  it('an onProgress that throws rejects the call with its error (no crash, no hang)', async () => {
    const boom = new Error('progress failed');
    await expect(
      rankAllParallel(engine, buyers, {
        threads: 2,
        rank: {
          limit: 3,
          onProgress: () => {
            throw boom;
          },
        },
      }),
    ).rejects.toBe(boom);
    // The pool is gone: a second call works normally.
    expect(await rankAllParallel(engine, buyers, { threads: 2, rank: { limit: 3 } })).toStrictEqual(
      engine.rankAll(buyers, { limit: 3 }),
    );
  });

  it('an onProgress that throws does not reach an uncaughtException handler or hang the host', () => {
    const script = `
      import { createEngine, parseBuyers, parseSuppliers } from ${JSON.stringify(join(root, 'src/index.ts'))};
      import { rankAllParallel } from ${JSON.stringify(join(root, 'src/node/index.ts'))};
      process.on('uncaughtException', (e) => { console.log('uncaught', e.message); });
      const s = parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['850440'] }]);
      const b = parseBuyers(
        Array.from({ length: 40 }, (_, i) => ({ id: 'B' + i, name: 'B', country: 'DE', wants: ['850440'] })),
      );
      const onProgress = () => { throw new Error('cb'); };
      rankAllParallel(createEngine(s, { asOf: '2026-11-22' }), b, { threads: 2, rank: { onProgress } })
        .then(() => console.log('resolved'), (e) => console.log('rejected', e.message));
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stdout.trim()).toBe('rejected cb');
    expect(r.status).toBe(0);
  });

  it('an AbortSignal cancels the call, before or during the run', async () => {
    await expect(
      rankAllParallel(engine, buyers, { threads: 2, signal: AbortSignal.abort(new Error('stop')) }),
    ).rejects.toThrow('stop');
    const controller = new AbortController();
    const run = rankAllParallel(engine, buyers, {
      threads: 2,
      signal: controller.signal,
      rank: { onProgress: () => controller.abort(new Error('enough')) },
    });
    await expect(run).rejects.toThrow('enough');
    await expect(rankAllParallel(engine, buyers, { signal: 'x' as never })).rejects.toThrow(ValidationError);
  });

  it('a worker that does not answer in time fails the call with a timeout', async () => {
    // 1 ms is shorter than any worker needs to start and answer.
    await expect(rankAllParallel(engine, buyers, { threads: 2, timeout: 1 })).rejects.toThrow(
      /did not answer within 1 ms/,
    );
    await expect(rankAllParallel(engine, buyers, { timeout: 0 })).rejects.toThrow(ValidationError);
  });

  it('threads are capped by the machine and the work, and 256 still gives the exact result', async () => {
    expect(workerCount(256, 1000, 2)).toBe(2);
    expect(workerCount(256, 3, 64)).toBe(3);
    expect(workerCount(1, 1000, 8)).toBe(1);
    expect(workerCount(4, 0, 8)).toBe(1);
    expect(await rankAllParallel(engine, buyers.slice(0, 10), { threads: 256, rank: { limit: 2 } })).toStrictEqual(
      engine.rankAll(buyers.slice(0, 10), { limit: 2 }),
    );
  });

  it('workers do not inherit host flags such as --input-type=module (built package)', () => {
    const script = `
      import { createEngine, parseBuyers, parseSuppliers } from ${JSON.stringify(join(root, 'dist/index.js'))};
      import { rankAllParallel } from ${JSON.stringify(join(root, 'dist/node.js'))};
      const s = parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['850440'] }]);
      const b = parseBuyers([{ id: 'B1', name: 'B', country: 'DE', wants: ['850440'] }]);
      const r = await rankAllParallel(createEngine(s, { asOf: '2026-11-22' }), b, { threads: 2 });
      console.log(r.get('B1').length);
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('1');
  });
});

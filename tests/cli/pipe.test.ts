/** `cuohe match … | head`: a reader that stops early ends the command quietly, exit code 0. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliArgs, data } from './run-cli.js';

describe('cuohe writing into a closed pipe', () => {
  it('stops without an EPIPE error when the reader closes after the first chunk', async () => {
    const child = spawn(
      process.execPath,
      cliArgs([
        'match',
        '--suppliers',
        data('exhibitors.csv'),
        '--buyers',
        data('buyers.csv'),
        '--as-of',
        '2026-11-22',
        '--skip-invalid',
      ]),
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    let chunks = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Like `head -1`: read one chunk, then close the pipe while the command is still writing.
    child.stdout.once('data', () => {
      chunks++;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(chunks).toBe(1);
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});

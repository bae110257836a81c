/**
 * The core in a real browser: the page is bundled with esbuild, served on localhost and run
 * in headless Debian Chromium (playwright-core, no browser download). Its rankings and
 * schedule must equal Node's, to the last bit. Needs /usr/bin/chromium (`apt-get install
 * chromium`; .ci/run installs it).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareRows, readSampleRows } from '../../examples/fair/sample.js';
import { runCuohe } from './run.js';

declare global {
  interface Window {
    runCuohe: typeof runCuohe;
  }
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The sample's rows as the page receives them (codes inferred where a profile gives only words).
const rows = readSampleRows();
const suppliers = prepareRows(rows.suppliers, 'supplier').rows.slice(0, 300);
const buyers = prepareRows(rows.buyers, 'buyer').rows.slice(0, 40);
let server: Server;
let browser: Browser;
let url = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`,
    );
  const bundle = await build({
    entryPoints: [new URL('./page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  server = createServer((req, res) => {
    if (req.url === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('in a browser', () => {
  it('ranks and schedules exactly as Node does', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => typeof window.runCuohe === 'function');
    const inBrowser = await page.evaluate(([s, b]) => JSON.stringify(window.runCuohe(s, b)), [
      suppliers,
      buyers,
    ] as const);
    const inNode = JSON.stringify(runCuohe(suppliers, buyers));
    expect(inBrowser).toBe(inNode);
    const result = JSON.parse(inBrowser) as {
      ranked: [string, { reasons: string[] }[]][];
      schedule: { meetings: unknown[] };
    };
    expect(result.ranked.length).toBe(40);
    const withMatches = result.ranked.filter(([, matches]) => matches.length > 0);
    expect(withMatches.length).toBeGreaterThan(30);
    expect(withMatches[0]![1][0]!.reasons.join('\n')).toMatch(/行业/);
    expect(result.schedule.meetings.length).toBeGreaterThan(0);
  });
});

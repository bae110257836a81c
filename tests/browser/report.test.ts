/**
 * The organiser's report of the bundled event day, opened from disk (a `file://` URL) in
 * headless Debian Chromium: no console error, no request, one grid cell per meeting, the charts
 * as SVG, the details of a meeting on hover, one printed page per agenda. A screenshot is
 * left in .tmp/artifacts/. Needs /usr/bin/chromium (`apt-get install chromium`).
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventDayFiles } from '../../examples/report/event-day.js';
import { type ReportInput, renderReport, reportInputFromCsv } from '../../src/report/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = new URL('../../.tmp/artifacts/', import.meta.url).pathname;
let browser: Browser;
let input: ReportInput;
let url = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`,
    );
  const day = eventDayFiles();
  input = reportInputFromCsv({
    matches: day.matchesCsv,
    schedule: day.scheduleCsv,
    suppliers: day.suppliers,
    buyers: day.buyers,
    tables: day.tables,
  });
  const file = join(mkdtempSync(join(tmpdir(), 'cuohe-report-')), 'report.html');
  writeFileSync(
    file,
    renderReport(input, { venueTimeZone: 'Asia/Shanghai', title: 'Guangzhou matchmaking day · 2026-11-23' }),
  );
  url = pathToFileURL(file).href;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('the report in a browser', () => {
  it('opens from disk with no console error and no request; one grid cell per meeting; charts as SVG', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    expect(input.meetings.length).toBeGreaterThan(500);
    expect(await page.locator('#schedule-grid td.meeting').count()).toBe(input.meetings.length);
    expect(await page.locator('#schedule-grid td.free').count()).toBe(
      input.slots.length * input.tables! - input.meetings.length,
    );
    for (const id of ['heat-eligible', 'heat-met']) {
      expect(await page.locator(`#${id} > svg`).count()).toBe(1);
      expect(await page.locator(`#${id} > svg text`).count()).toBeGreaterThan(20);
    }
    expect(await page.locator('#histogram > svg').count()).toBe(1);
    expect(await page.locator('#histogram > svg path').count()).toBeGreaterThan(20);

    // A meeting's score and reasons appear on hover.
    const cell = page.locator('#schedule-grid td.meeting').first();
    expect(await cell.locator('.tip').isVisible()).toBe(false);
    await cell.hover();
    expect(await cell.locator('.tip').isVisible()).toBe(true);
    expect(await cell.locator('.tip').textContent()).toMatch(/Score: 0\.\d{3}/);
    // … and stay shown after a click (the cell takes the focus) when the pointer moves away.
    const other = page.locator('#schedule-grid td.meeting').nth(1);
    await other.click();
    await page.mouse.move(5, 5);
    expect(await other.locator('.tip').isVisible()).toBe(true);
    expect(await cell.locator('.tip').isVisible()).toBe(false);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-event-day.png') });
    expect(existsSync(join(ARTIFACTS, 'report-event-day.png'))).toBe(true);
    expect(errors).toStrictEqual([]);
    expect(requests).toStrictEqual([]);
    await page.close();
  }, 240_000);

  it('prints the agendas only, one page per participant with meetings', async () => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const agendas = await page.locator('section.agenda').count();
    const people = new Set(input.meetings.flatMap((m) => [`b${m.buyerId}`, `s${m.supplierId}`]));
    expect(agendas).toBe(people.size);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#schedule-grid').isVisible()).toBe(false);
    expect(await page.locator('section.agenda').first().isVisible()).toBe(true);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBe(agendas);
    await page.close();
  }, 240_000);
});

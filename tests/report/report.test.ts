/** The organiser's report from a small hand-made day: parts, escaping, languages, reasons, validation. */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/index.js';
import { buildReportData } from '../../src/report/data/build-data.js';
import { EN, ZH } from '../../src/report/i18n/messages.js';
import { type ReportInput, renderReport } from '../../src/report/index.js';
import { HOSTILE, smallDay, visibleText } from './fixture.js';

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('renderReport', () => {
  const html = renderReport(smallDay());

  it('is one self-contained document: no script, no external file, a policy forbidding fetches', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|srcset)=/i);
    expect(html).not.toMatch(/href="(?!#)/);
    expect(html).not.toMatch(/url\(|@import/);
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none'`);
  });

  it('escapes every user-provided string: a name with <script> is shown, never run', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;');
    expect(html).toContain('&lt;b&gt;same&lt;/b&gt; HS 850440');
    expect(html).not.toContain('<b>same</b>');
    expect(visibleText(html)).toContain(HOSTILE);
    const titled = renderReport(smallDay(), { title: '</title><script>x</script>' });
    expect(titled).toContain('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>');
  });

  it('has one grid cell per meeting (both parties named, score and reasons on hover), and the free cells', () => {
    expect(count(html, /<td class="meeting /g)).toBe(3);
    expect(count(html, /<td class="free"/g)).toBe(1);
    const cell = /<td class="meeting b9"[^>]*>([\s\S]*?)<\/td>/.exec(html)![1]!;
    expect(cell).toContain('东莞电源');
    expect(cell).toContain('&lt;script&gt;');
    expect(cell).toContain('0.900');
    expect(cell).toContain('HS 850440');
  });

  it('draws the heat maps and the histogram as SVG', () => {
    for (const id of ['heat-eligible', 'heat-met', 'histogram'])
      expect(html).toMatch(new RegExp(`<figure id="${id}"><svg[^>]*xmlns="http://www.w3.org/2000/svg"`));
    // Rows are buyer countries, columns HS chapters.
    const heat = /<figure id="heat-eligible">([\s\S]*?)<\/figure>/.exec(html)![1]!;
    for (const label of ['United States (US)', 'Germany (DE)', 'France (FR)', 'HS 85', 'HS 61'])
      expect(heat).toContain(label);
  });

  it('names everyone without a meeting, with the reason of their best pair or "no match"', () => {
    const rows = [
      ...html.matchAll(/<tr class="no-meeting" data-reason="([^"]+)"><td>[^<]*<\/td><td>([^<]*)<\/td>/g),
    ].map((m) => [m[2], m[1]]);
    expect(rows).toStrictEqual([
      ['Nobody Trading', 'no-common-slot'],
      ['宁波纺织', 'no-common-slot'],
    ]);
    const withStranger = smallDay();
    withStranger.suppliers = [
      ...withStranger.suppliers!,
      ...withStranger.suppliers!.slice(0, 1).map((s) => ({ ...s, id: 'S9', name: 'Lonely Ltd' })),
    ];
    expect(renderReport(withStranger)).toContain(
      '<tr class="no-meeting" data-reason="no-match"><td>Exhibitor</td><td>Lonely Ltd</td>',
    );
  });

  it('prints one agenda per participant with meetings, in their own time zone too', () => {
    expect(count(html, /<section class="agenda">/g)).toBe(4); // B1, B2, S1, S2
    expect(html).toMatch(/@media print\{[\s\S]*section\.agenda\{[^}]*break-after:page/);
    // B1 is in the US: 09:00 in Guangzhou is 20:00 the evening before in New York.
    const b1 = /<section class="agenda"><h3>&lt;script[\s\S]*?<\/section>/.exec(html)![0];
    expect(b1).toContain('Local time (America/New_York)');
    expect(b1).toContain('<td>09:00–09:20</td><td>11-22 20:00</td>');
    // Exhibitors in China read the venue's clock: no second column.
    const s1 = /<section class="agenda"><h3>东莞电源[\s\S]*?<\/section>/.exec(html)![0];
    expect(s1).not.toContain('Local time');
    expect(s1.indexOf('09:00–09:20')).toBeLessThan(s1.indexOf('09:20–09:40'));
  });

  it('shows the headline figures', () => {
    const d = buildReportData(smallDay());
    expect(d.figures).toMatchObject({
      buyers: 3,
      suppliers: 3,
      meetings: 3,
      tableSlots: 4,
      utilisation: 0.75,
      buyersWithMeeting: 2,
      suppliersWithMeeting: 2,
    });
    expect(d.figures.meanScore).toBeCloseTo((0.9 + 0.7 + 0.55) / 3, 12);
    expect(html).toContain('<div class="value">75.0 %</div>');
    expect(html).toContain('<div class="value">66.7 %</div>');
    expect(html).toContain('<div class="value">0.717</div>');
  });

  it('in Chinese, every text of the report is Chinese (only names, ids, codes and zones stay Latin)', () => {
    const input = smallDay();
    input.pairs = input.pairs.map((p) => ({ ...p, reasons: ['行业匹配'] }));
    input.buyers = input.buyers!.map((b) => ({ ...b, name: `采购${b.id}` }));
    const zh = renderReport(input, { locale: 'zh', venueTimeZone: 'Asia/Shanghai' });
    expect(zh).toContain('<html lang="zh-CN">');
    const latin = new Set(visibleText(zh).match(/[A-Za-z][A-Za-z_/]*/g));
    const allowed = new Set([
      'B',
      'S',
      'HS',
      'Asia/Shanghai',
      'America/New_York',
      'Europe/Berlin',
      'Europe/Paris',
      'US',
      'DE',
      'FR',
      'cuohe',
      'Ctrl',
      'P',
      'UTC',
    ]);
    expect([...latin].filter((w) => !allowed.has(w))).toStrictEqual([]);
    for (const text of [
      ZH.nav.grid,
      ZH.nav.heat,
      ZH.reasons['no-common-slot'],
      ZH.agendas.localTime('America/New_York'),
      '美国 (US)',
    ])
      expect(zh).toContain(text);
    for (const text of [EN.nav.grid, EN.figures.meetings, EN.reasons['no-common-slot']]) expect(zh).not.toContain(text);
  });

  it('does not change its input, and gives the same page whatever the machine time zone', () => {
    const frozen = deepFreeze(smallDay());
    const before = JSON.stringify(frozen);
    const first = renderReport(frozen);
    expect(JSON.stringify(frozen)).toBe(before);
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(renderReport(frozen)).toBe(first);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    expect(first).toBe(html);
  });
});

describe('renderReport on bad input', () => {
  const fails = (input: unknown, options?: unknown) => {
    try {
      renderReport(input as ReportInput, options as never);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    }
    throw new Error('expected a ValidationError');
  };

  it('names the record and the field', () => {
    const day = smallDay();
    expect(fails({ ...day, meetings: [{ ...day.meetings[0]!, slot: 5 }] })).toStrictEqual([
      'meetings.0.slot: expected a slot index 0–1, got 5',
    ]);
    expect(fails({ ...day, meetings: [day.meetings[0]!, { ...day.meetings[1]!, slot: 0 }] })[0]).toMatch(
      /^meetings\.1\.table: table 1 in slot 1 is also given to meetings\[0\]/,
    );
    expect(fails({ ...day, pairs: [{ buyerId: 'B1', supplierId: '', score: Number.NaN }] })).toStrictEqual([
      'pairs.0.supplierId: expected a non-empty id',
      'pairs.0.score: expected a finite number, got NaN',
    ]);
    expect(fails({ ...day, unscheduled: [{ ...day.unscheduled![0]!, reason: 'bad-luck' }] })[0]).toMatch(
      /^unscheduled\.0\.reason: expected one of forbidden/,
    );
    expect(fails({ ...day, slots: [{ start: '09:00', end: '09:20' }] })[0]).toBe(
      'slots.0.start: "09:00" is not an ISO 8601 time with an offset',
    );
    expect(fails({ ...day, tables: 0 })).toStrictEqual(['tables: expected a whole number ≥ 1, got 0']);
    expect(fails(null)).toStrictEqual([': expected the report input object']);
    expect(fails({ pairs: 'x', slots: [], meetings: [] })).toStrictEqual(['pairs: expected an array']);
    expect(fails(day, { locale: 'fr' })).toStrictEqual(['options.locale: expected en or zh, got fr']);
    expect(fails(day, { venueTimeZone: 'Mars/Olympus' })).toStrictEqual([
      'options.venueTimeZone: expected an IANA time zone (e.g. Asia/Shanghai), got Mars/Olympus',
    ]);
  });
});

/**
 * The organiser's report of the bundled event day, in English and Chinese, with the files it
 * is made from (to try the command line on them too). Writes to examples/report/out/.
 *
 * Run: npx tsx examples/report/run.ts
 * Then: open examples/report/out/report.html
 * Or from the files: npx tsx src/cli/main.ts report --matches examples/report/out/matches.csv \
 *   --schedule examples/report/out/schedule.csv --suppliers examples/report/out/suppliers.json \
 *   --buyers examples/report/out/buyers.json --tables 60 --locale zh --out report-zh.html
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderReport, reportInputFromCsv } from 'cuohe/report';
import { eventDayFiles } from './event-day.js';

const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const locale of ['en', 'zh'] as const) {
  // The match reasons in the report's language, as `cuohe match --locale zh` writes them.
  const day = eventDayFiles(locale);
  if (locale === 'en') {
    writeFileSync(new URL('matches.csv', out), day.matchesCsv);
    writeFileSync(new URL('schedule.csv', out), day.scheduleCsv);
    writeFileSync(new URL('suppliers.json', out), JSON.stringify(day.suppliers, null, 1));
    writeFileSync(new URL('buyers.json', out), JSON.stringify(day.buyers, null, 1));
  }
  const input = reportInputFromCsv({
    matches: day.matchesCsv,
    schedule: day.scheduleCsv,
    suppliers: day.suppliers,
    buyers: day.buyers,
    tables: day.tables,
  });
  const started = performance.now();
  const html = renderReport(input, {
    locale,
    venueTimeZone: 'Asia/Shanghai',
    title: locale === 'zh' ? '广州采购对接日 · 2026-11-23' : 'Guangzhou matchmaking day · 2026-11-23',
  });
  const file = locale === 'en' ? 'report.html' : 'report-zh.html';
  writeFileSync(new URL(file, out), html);
  const took = (performance.now() - started).toFixed(0);
  const size = (html.length / 1024).toFixed(0);
  console.log(`${file}: ${size} KB of text, ${input.meetings.length} meetings, rendered in ${took} ms`);
}

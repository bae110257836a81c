/** The organiser's report: one self-contained HTML page from the matches, the schedule and the profiles. */

import { isTimeZone } from '../geo/timezone.js';
import { issue, ValidationError } from '../model/validation-error.js';
import { heatMapSvg } from './charts/heat-map.js';
import { histogramSvg } from './charts/histogram.js';
import { buildReportData } from './data/build-data.js';
import { agendasHtml } from './html/agendas.js';
import { figuresHtml } from './html/figures.js';
import { gridHtml } from './html/grid.js';
import { noMeetingHtml } from './html/no-meeting.js';
import { shellHtml } from './html/shell.js';
import { messagesFor } from './i18n/messages.js';
import type { ReportInput, ReportOptions } from './types.js';

/**
 * One self-contained HTML document (no script, no external file; opens from disk with no
 * network): headline figures, the schedule grid, heat maps of eligible pairs and meetings by
 * buyer country × HS chapter, the score distribution, everyone without a meeting and why,
 * and printable agendas. Charts are SVG drawn by ECharts. Every text in `options.locale`.
 * Runs in browsers and Node alike.
 * @example
 * import { renderReport } from 'cuohe/report';
 * const { meetings, unscheduled } = schedule;
 * const html = renderReport(
 *   { pairs, slots: input.slots, tables: 60, meetings, unscheduled, suppliers, buyers },
 *   { locale: 'zh' },
 * );
 */
export function renderReport(input: ReportInput, options: ReportOptions = {}): string {
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh')
    throw new ValidationError([
      issue(['options', 'locale'], 'invalid-value', `expected en or zh, got ${String(locale)}`),
    ]);
  if (options.title !== undefined && typeof options.title !== 'string')
    throw new ValidationError([issue(['options', 'title'], 'wrong-type', 'expected text')]);
  if (
    options.venueTimeZone !== undefined &&
    (typeof options.venueTimeZone !== 'string' || !isTimeZone(options.venueTimeZone))
  )
    throw new ValidationError([
      issue(
        ['options', 'venueTimeZone'],
        'wrong-type',
        `expected an IANA time zone (e.g. Asia/Shanghai), got ${String(options.venueTimeZone)}`,
      ),
    ]);
  const m = messagesFor(locale);
  const d = buildReportData(input);
  const heat = d.heat
    ? `<p>${m.heat.intro}</p><div class="charts">` +
      `<figure id="heat-eligible">${heatMapSvg('heat-eligible', d.heat, d.heat.eligible, m.heat.eligible, m)}` +
      `</figure><figure id="heat-met">${heatMapSvg('heat-met', d.heat, d.heat.met, m.heat.met, m)}</figure></div>`
    : `<p>${m.heat.needsProfiles}</p>`;
  return shellHtml(
    options.title ?? m.title,
    [
      { id: 'figures', heading: m.nav.figures, body: figuresHtml(d.figures, input.slots.length, m) },
      { id: 'grid', heading: m.nav.grid, body: gridHtml(d, m) },
      { id: 'heat', heading: m.nav.heat, body: heat },
      {
        id: 'scores',
        heading: m.nav.scores,
        body: `<p>${m.scores.intro}</p><figure id="histogram">${histogramSvg(d.histogram, m)}</figure>`,
      },
      { id: 'no-meeting-list', heading: m.nav.noMeeting, body: noMeetingHtml(d, m) },
      { id: 'agendas', heading: m.nav.agendas, body: agendasHtml(d, options.venueTimeZone, m) },
    ],
    m,
  );
}

/** Everyone without a meeting and why, and the unplaced pairs by reason. */
import type { ReportData } from '../data/build-data.js';
import type { ReportMessages } from '../i18n/messages.js';
import type { NoMeetingReason } from '../types.js';
import { escapeHtml } from './escape.js';
import { bodyRow, headRow } from './table.js';

export function noMeetingHtml(d: ReportData, m: ReportMessages): string {
  const byReason = [...d.unplacedByReason].sort((a, b) => b[1] - a[1]);
  const reasonRows = byReason
    .map(([r, n]) => `<tr><td>${m.reasons[r as NoMeetingReason]}</td><td class="num">${n}</td></tr>`)
    .join('');
  const reasons = byReason.length
    ? `<h3>${m.noMeeting.unplacedTitle}</h3><table class="list">` +
      `<thead>${headRow([m.noMeeting.reason, m.noMeeting.count])}</thead><tbody>${reasonRows}</tbody></table>`
    : '';
  if (!d.noMeeting.length) return `<p>${m.noMeeting.none}</p>${reasons}`;
  const rows = d.noMeeting.map((x) => {
    // The scheduler's message is English: shown in the English report only.
    const detail = [
      x.counterpart !== undefined ? m.noMeeting.with(escapeHtml(x.counterpart)) : '',
      m.lang === 'en' && x.message ? escapeHtml(x.message) : '',
    ]
      .filter(Boolean)
      .join('; ');
    const cells = [
      m.side[x.person.side],
      escapeHtml(x.person.name),
      escapeHtml(x.person.id),
      m.reasons[x.reason],
      detail,
    ];
    return bodyRow(cells, ` class="no-meeting" data-reason="${x.reason}"`);
  });
  const head = headRow([m.noMeeting.side, m.noMeeting.name, m.noMeeting.id, m.noMeeting.reason, m.noMeeting.detail]);
  return (
    `<p>${m.noMeeting.intro(d.noMeeting.length)}</p>\n` +
    `<table class="list" id="no-meeting"><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>${reasons}`
  );
}

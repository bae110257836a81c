/** Everyone without a meeting and why, and the unplaced pairs by reason. */
import type { ReportData } from '../data/build-data.js';
import type { ReportMessages } from '../i18n/messages.js';
import type { NoMeetingReason } from '../types.js';
import { escapeHtml } from './escape.js';

export function noMeetingHtml(d: ReportData, m: ReportMessages): string {
  const byReason = [...d.unplacedByReason].sort((a, b) => b[1] - a[1]);
  const reasons = byReason.length
    ? `<h3>${m.noMeeting.unplacedTitle}</h3><table class="list"><thead><tr><th>${m.noMeeting.reason}</th><th>${m.noMeeting.count}</th></tr></thead><tbody>${byReason
        .map(([r, n]) => `<tr><td>${m.reasons[r as NoMeetingReason]}</td><td class="num">${n}</td></tr>`)
        .join('')}</tbody></table>`
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
    return `<tr class="no-meeting" data-reason="${x.reason}"><td>${m.side[x.person.side]}</td><td>${escapeHtml(x.person.name)}</td><td>${escapeHtml(x.person.id)}</td><td>${m.reasons[x.reason]}</td><td>${detail}</td></tr>`;
  });
  return `<p>${m.noMeeting.intro(d.noMeeting.length)}</p>
<table class="list" id="no-meeting"><thead><tr><th>${m.noMeeting.side}</th><th>${m.noMeeting.name}</th><th>${m.noMeeting.id}</th><th>${m.noMeeting.reason}</th><th>${m.noMeeting.detail}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>${reasons}`;
}

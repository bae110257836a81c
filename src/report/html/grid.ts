/** The schedule grid: tables down, slots across; a meeting's score and reasons on hover or click (CSS only). */
import { pairKey, type ReportData } from '../data/build-data.js';
import { keyOf } from '../data/people.js';
import type { ReportMessages } from '../i18n/messages.js';
import type { ReportMeeting } from '../types.js';
import { clip } from './clip.js';
import { escapeHtml } from './escape.js';
import { BAND_COLOURS, band } from './score-colour.js';
import { headRow } from './table.js';
import { venueClock } from './time.js';

const MAX_REASONS = 4;
const MAX_REASON_LENGTH = 200;

function meetingCell(d: ReportData, meeting: ReportMeeting, m: ReportMessages): string {
  const buyer = d.people.get(keyOf('buyer', meeting.buyerId))!;
  const supplier = d.people.get(keyOf('supplier', meeting.supplierId))!;
  const reasons = d.pairs.get(pairKey(meeting.buyerId, meeting.supplierId))?.reasons ?? [];
  const why = reasons.length
    ? `<ul>${reasons
        .slice(0, MAX_REASONS)
        .map((r) => `<li>${escapeHtml(clip(r, MAX_REASON_LENGTH))}</li>`)
        .join('')}</ul>`
    : `<p>${m.grid.noReasons}</p>`;
  return (
    `<td class="meeting b${band(meeting.score)}" tabindex="0" data-score="${meeting.score.toFixed(4)}">` +
    `<span class="who">${escapeHtml(buyer.name)}</span><span class="who">${escapeHtml(supplier.name)}</span>` +
    `<div class="tip"><b>${m.grid.buyer}:</b> ${escapeHtml(buyer.name)} (${escapeHtml(buyer.id)})` +
    `<br><b>${m.grid.exhibitor}:</b> ${escapeHtml(supplier.name)} (${escapeHtml(supplier.id)})` +
    `<br><b>${m.grid.score}:</b> ${meeting.score.toFixed(3)}<br><b>${m.grid.reasons}:</b>${why}</div></td>`
  );
}

export function gridHtml(d: ReportData, m: ReportMessages): string {
  const slots = d.input.slots;
  const at = new Map<string, ReportMeeting>();
  for (const meeting of d.input.meetings) at.set(`${meeting.table}\u0000${meeting.slot}`, meeting);
  const slotHeads = slots.map((s, i) => `${m.grid.slot(i + 1)}<br><small>${venueClock(s.start)}</small>`);
  const head = headRow([m.grid.table, ...slotHeads]);
  const rows: string[] = [];
  for (let table = 1; table <= d.tables; table++) {
    const cells = slots.map((_, slot) => {
      const meeting = at.get(`${table}\u0000${slot}`);
      return meeting ? meetingCell(d, meeting, m) : '<td class="free"></td>';
    });
    rows.push(`<tr><th>${table}</th>${cells.join('')}</tr>`);
  }
  const legend = BAND_COLOURS.map((_, i) => `<span class="b${i}">${(i / 10).toFixed(1)}</span>`).join('');
  const body = `<thead>${head}</thead><tbody>${rows.join('\n')}</tbody>`;
  const intro = `<p>${m.grid.intro}</p><p class="legend">${m.grid.legend}: ${legend}</p>`;
  return `${intro}\n<div class="grid-wrap"><table class="grid" id="schedule-grid">${body}</table></div>`;
}

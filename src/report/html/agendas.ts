/**
 * Printable agendas: one page per participant with meetings (print CSS breaks the page),
 * times at the venue and, when it reads another clock, in the participant's own time zone.
 */
import { pairKey, type ReportData } from '../data/build-data.js';
import { keyOf, type Person } from '../data/people.js';
import type { ReportMessages } from '../i18n/messages.js';
import type { ReportMeeting } from '../types.js';
import { clip } from './clip.js';
import { escapeHtml } from './escape.js';
import { localClock, offsetLabel, venueClock } from './time.js';

function agendaHtml(
  d: ReportData,
  person: Person,
  meetings: ReportMeeting[],
  venueZone: string,
  m: ReportMessages,
): string {
  const slots = d.input.slots;
  const zone = person.timeZone;
  const local = zone ? meetings.map((x) => localClock(slots[x.slot]?.start, zone)) : [];
  const showLocal = local.some((t) => t !== undefined);
  const rows = meetings.map((x, i) => {
    const other =
      person.side === 'buyer'
        ? d.people.get(keyOf('supplier', x.supplierId))!
        : d.people.get(keyOf('buyer', x.buyerId))!;
    const slot = slots[x.slot]!;
    // The first reason, short enough that an agenda stays on one printed page.
    const why = clip(d.pairs.get(pairKey(x.buyerId, x.supplierId))?.reasons?.[0] ?? '', 110);
    const localCell = showLocal ? `<td>${local[i] ?? venueClock(slot.start)}</td>` : '';
    const withCell = `<td>${escapeHtml(other.name)} <small>(${escapeHtml(other.id)})</small></td>`;
    return (
      `<tr><td>${venueClock(slot.start)}–${venueClock(slot.end)}</td>${localCell}<td class="num">${x.table}</td>` +
      `${withCell}<td class="num">${x.score.toFixed(2)}</td><td>${escapeHtml(why)}</td></tr>`
    );
  });
  const day = slots[meetings[0]!.slot]?.start?.slice(0, 10) ?? '';
  const who = `${m.side[person.side]} · ${escapeHtml(person.id)} · ${day} · ${m.agendas.meetings(meetings.length)}`;
  const localHead = showLocal ? `<th class="c-local">${m.agendas.localTime(escapeHtml(zone!))}</th>` : '';
  const head =
    `<tr><th class="c-time">${m.agendas.time(escapeHtml(venueZone))}</th>${localHead}` +
    `<th class="c-table">${m.agendas.table}</th><th class="c-with">${m.agendas.with}</th>` +
    `<th class="c-score">${m.agendas.score}</th><th>${m.agendas.why}</th></tr>`;
  return (
    `<section class="agenda"><h3>${escapeHtml(person.name)}</h3><p class="who">${who}</p>\n` +
    `<table class="list agenda-table"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}

export function agendasHtml(d: ReportData, venueTimeZone: string | undefined, m: ReportMessages): string {
  const venueZone = venueTimeZone ?? offsetLabel(d.input.slots.find((s) => s.start)?.start);
  const byPerson = new Map<string, ReportMeeting[]>();
  for (const x of d.input.meetings) {
    for (const key of [keyOf('buyer', x.buyerId), keyOf('supplier', x.supplierId)]) {
      const list = byPerson.get(key) ?? [];
      list.push(x);
      byPerson.set(key, list);
    }
  }
  const pages: string[] = [];
  for (const side of ['buyer', 'supplier'] as const) {
    for (const [key, person] of d.people) {
      const meetings = byPerson.get(key);
      if (person.side !== side || !meetings) continue;
      pages.push(
        agendaHtml(
          d,
          person,
          meetings.sort((a, b) => a.slot - b.slot),
          venueZone,
          m,
        ),
      );
    }
  }
  const intro = `<p class="no-print">${m.agendas.intro} ${m.agendas.printHint}</p>`;
  return `${intro}<div class="agendas">${pages.join('\n')}</div>`;
}
